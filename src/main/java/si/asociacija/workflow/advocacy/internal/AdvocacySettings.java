package si.asociacija.workflow.advocacy.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code asociacija.advocacy.*}: the deadlines of an advocacy case in working days, how long the board
 * votes, how long a case waits for the government's answer, and who hears of a deadline at risk.
 *
 * @param officeHead the account (user id) that hears of a case whose deadline is at risk; blank: every staff member
 */
@ConfigurationProperties("asociacija.advocacy")
record AdvocacySettings(
        @DefaultValue("3") int reviewWorkingDays,
        @DefaultValue("2") int responseWorkingDaysBeforeConsultationDeadline,
        @DefaultValue("10") int responseWorkingDaysWhenNoDeadline,
        @DefaultValue("5") int viewsWorkingDaysBeforeResponse,
        @DefaultValue("3") int reminderWorkingDaysBeforeCutOff,
        @DefaultValue("3") int escalationWorkingDaysBefore,
        @DefaultValue("P3D") Duration boardVotingPeriod,
        @DefaultValue("P90D") Duration outcomeWait,
        @DefaultValue("30") int minimumConsultationDays,
        @DefaultValue("") String officeHead,
        @DefaultValue("2MB") DataSize maxViewFileSize) {
}
