package si.asociacija.workflow.registry.internal.vies;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code asociacija.registry.vies.*}: where VIES is, how long to wait for it, how often to try again
 * (the delay doubles from {@code firstRetryDelay} up to {@code maxRetryDelay}), and the circuit: after
 * {@code circuitFailures} checks in a row without an answer no check reaches VIES for
 * {@code circuitOpenFor} (whole seconds), then one check tries it again. VIES refuses a client that sends too
 * many requests at once: this node sends at most {@code maxConcurrentChecks} checks at a time, and a further
 * check waits up to {@code slotWait} for one of them to end.
 */
@ConfigurationProperties("asociacija.registry.vies")
record ViesSettings(String url, Duration connectTimeout, Duration responseTimeout, int attempts,
                    Duration firstRetryDelay, Duration maxRetryDelay, int circuitFailures, Duration circuitOpenFor,
                    int maxConcurrentChecks, Duration slotWait) {

    /** The camel-http endpoint: POST, any status read as an answer, the timeouts (also for a pooled connection). */
    String endpoint() {
        return url + (url.contains("?") ? "&" : "?") + "httpMethod=POST&throwExceptionOnFailure=false"
                + "&connectTimeout=" + connectTimeout.toMillis()
                + "&connectionRequestTimeout=" + connectTimeout.toMillis()
                + "&responseTimeout=" + responseTimeout.toMillis();
    }

    int retries() {
        return Math.max(0, attempts - 1);
    }

    int circuitOpenSeconds() {
        return (int) Math.max(1, circuitOpenFor.toSeconds());
    }
}
