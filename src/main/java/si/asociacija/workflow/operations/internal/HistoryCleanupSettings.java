package si.asociacija.workflow.operations.internal;

import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code asociacija.history-cleanup.*}: the nightly window in which the engine removes the history of
 * process instances whose time to live has passed (each process's {@code historyTimeToLive}, in days after
 * the instance ended), in the office's time zone.
 */
@ConfigurationProperties("asociacija.history-cleanup")
record HistoryCleanupSettings(
        @DefaultValue("01:00") LocalTime windowStart,
        @DefaultValue("05:00") LocalTime windowEnd,
        @DefaultValue("Europe/Ljubljana") ZoneId zone) {
}
