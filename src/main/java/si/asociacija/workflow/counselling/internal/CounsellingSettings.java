package si.asociacija.workflow.counselling.internal;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code asociacija.counselling.*}: the assistance mailbox, SLAs in working days, limits. */
@ConfigurationProperties("asociacija.counselling")
public record CounsellingSettings(
        @DefaultValue("pomoc@asociacija.local") String mailbox,
        @DefaultValue("counsellors") String group,
        @DefaultValue("2") int firstResponseWorkingDays,
        @DefaultValue("20") int resolutionWorkingDays,
        Map<String, Sla> topics,
        @DefaultValue("5") int reminderAfterWorkingDays,
        @DefaultValue("15") int closeAfterWorkingDays,
        @DefaultValue("P14D") Duration reopenWithin,
        @DefaultValue("10MB") DataSize maxMessageSize) {

    /** Per-topic SLA overrides (working days). */
    record Sla(Integer firstResponseWorkingDays, Integer resolutionWorkingDays) {
    }

    int firstResponseDays(Topic topic) {
        Sla sla = topics == null ? null : topics.get(topic.name());
        return sla != null && sla.firstResponseWorkingDays() != null ? sla.firstResponseWorkingDays() : firstResponseWorkingDays;
    }

    int resolutionDays(Topic topic) {
        Sla sla = topics == null ? null : topics.get(topic.name());
        return sla != null && sla.resolutionWorkingDays() != null ? sla.resolutionWorkingDays() : resolutionWorkingDays;
    }
}
