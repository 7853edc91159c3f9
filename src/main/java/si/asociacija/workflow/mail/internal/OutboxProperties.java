package si.asociacija.workflow.mail.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties("asociacija.mail.outbox")
record OutboxProperties(long pollInterval, int batchSize, int maxAttempts, Duration firstRetryDelay, Duration maxRetryDelay,
                        @DefaultValue("4") int senders,
                        @DefaultValue("PT30S") Duration claimLease) {
}
