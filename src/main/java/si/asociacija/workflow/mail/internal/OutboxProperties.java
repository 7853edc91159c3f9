package si.asociacija.workflow.mail.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("asociacija.mail.outbox")
record OutboxProperties(long pollInterval, int batchSize, int maxAttempts, Duration firstRetryDelay, Duration maxRetryDelay,
                        @org.springframework.boot.context.properties.bind.DefaultValue("4") int senders,
                        @org.springframework.boot.context.properties.bind.DefaultValue("PT30S") Duration claimLease) {
}
