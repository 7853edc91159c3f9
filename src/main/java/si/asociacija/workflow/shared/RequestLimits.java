package si.asociacija.workflow.shared;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpStatus;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.http.HttpServletResponse;

/**
 * How many requests one client may make: the public intakes per client address, the private links
 * (status and voting pages, which a whole room may use from one venue network) per link, and failed
 * logins per client address. Defaults no real person meets; each is configurable.
 */
@ConfigurationProperties("asociacija.limits")
public record RequestLimits(Limit publicIntake, Limit privateLink, Limit failedLogins) {

    /** At most {@code requests} in each period of {@code per}. */
    public record Limit(int requests, Duration per) {

        /** A counter of this limit, per key (an address, a link). */
        public Counter counter() {
            return new Counter(this);
        }
    }

    /**
     * Counts per key in fixed periods: the first request of a key opens its period, which ends
     * {@code per} later. Keys are held in memory, at most {@value #MAX_KEYS} of them.
     */
    public static final class Counter {

        static final int MAX_KEYS = 100_000;

        private final Limit limit;
        private final Cache<String, AtomicInteger> counts;

        Counter(Limit limit) {
            this.limit = limit;
            this.counts = Caffeine.newBuilder()
                    .expireAfterWrite(limit.per()).maximumSize(MAX_KEYS).build();
        }

        /** Counts one request; false when the key has used up its limit for this period. */
        public boolean tryAcquire(String key) {
            return counts.get(key, k -> new AtomicInteger()).incrementAndGet() <= limit.requests();
        }

        /** True when the key has used up its limit for this period (counting nothing). */
        public boolean exhausted(String key) {
            AtomicInteger count = counts.getIfPresent(key);
            return count != null && count.get() >= limit.requests();
        }

        /** Counts one event (e.g. a failed login) against the key. */
        public void record(String key) {
            counts.get(key, k -> new AtomicInteger()).incrementAndGet();
        }

        /** Answers 429 with Retry-After (at most one period) and a problem+json saying why. */
        public void refuse(HttpServletResponse response, String detail) throws IOException {
            response.setHeader("Retry-After", Long.toString(Math.max(1, limit.per().toSeconds())));
            ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, detail);
        }
    }
}
