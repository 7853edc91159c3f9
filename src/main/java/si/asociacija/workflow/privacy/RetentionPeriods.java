package si.asociacija.workflow.privacy;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long personal data is kept ({@code asociacija.retention}): past its period a record is anonymised
 * by the nightly run ({@code cron}, Ljubljana time; {@code -}: never). Assembly minutes and votes are kept
 * for ever.
 *
 * @param closedApplications rejected and withdrawn membership applications, after the decision
 * @param endedMemberships a member's record (and the application that made them a member), after the membership ended
 * @param assistanceCases assistance cases (their messages, files and mails), after closing
 */
@ConfigurationProperties("asociacija.retention")
public record RetentionPeriods(String cron, Period closedApplications, Period endedMemberships, Period assistanceCases) {
}
