package si.asociacija.workflow.advocacy.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.ReferenceNumbers;
import si.asociacija.workflow.shared.WorkingDays;

/**
 * The dates of an advocacy case, all on Slovenian working days: when the review is due, the response
 * deadline, the members' cut-off and their reminder, how long the board may vote, when a deadline at risk
 * escalates. Times of day are Ljubljana's.
 */
@Component
class AdvocacyDeadlines {

    /** Dates stand for this time of day: a deadline of the 10th is the 10th at noon. */
    static final LocalTime NOON = LocalTime.NOON;
    private static final Duration SHORTEST_VOTE = Duration.ofHours(24);

    private final WorkingDays workingDays;
    private final AdvocacySettings settings;

    AdvocacyDeadlines(WorkingDays workingDays, AdvocacySettings settings) {
        this.workingDays = workingDays;
        this.settings = settings;
    }

    Instant reviewDue(Instant opened) {
        return workingDays.plusWorkingDays(opened, settings.reviewWorkingDays());
    }

    /** The consultation's deadline minus the working days our answer needs to be early, or a default when the source gave none. */
    LocalDate defaultResponseDeadline(LocalDate consultationDeadline, Instant now) {
        return consultationDeadline != null
                ? workingDays.minusWorkingDays(consultationDeadline, settings.responseWorkingDaysBeforeConsultationDeadline())
                : workingDays.plusWorkingDays(today(now), settings.responseWorkingDaysWhenNoDeadline());
    }

    /**
     * Members' cut-off: some working days before the response deadline, at noon; never earlier than a day
     * from now and never after the response deadline.
     */
    Instant defaultViewsUntil(LocalDate responseDeadline, Instant now) {
        Instant wanted = at(workingDays.minusWorkingDays(responseDeadline, settings.viewsWorkingDaysBeforeResponse()));
        Instant earliest = now.plus(Duration.ofDays(1));
        Instant latest = at(responseDeadline);
        return wanted.isBefore(earliest) ? (earliest.isAfter(latest) ? latest : earliest) : wanted;
    }

    /** The members' reminder, some working days before the cut-off (at once when that is already past). */
    Instant reminderAt(Instant viewsUntil, Instant now) {
        Instant at = at(workingDays.minusWorkingDays(today(viewsUntil), settings.reminderWorkingDaysBeforeCutOff()));
        return at.isBefore(now) ? now : at;
    }

    /** When a case not yet submitted escalates to the office head: some working days before its response deadline. */
    Instant escalateAt(LocalDate responseDeadline) {
        return at(workingDays.minusWorkingDays(responseDeadline, settings.escalationWorkingDaysBefore()));
    }

    /** The lead's position is due two working days after the cut-off, and never after the response deadline. */
    Instant positionDue(Instant viewsUntil, LocalDate responseDeadline) {
        Instant due = workingDays.plusWorkingDays(viewsUntil, 2);
        Instant latest = at(responseDeadline);
        return due.isAfter(latest) ? latest : due;
    }

    /**
     * The board's voting period: the configured one, shortened so the vote ends a working day before the
     * response deadline; a day at least.
     */
    Duration boardVotingPeriod(LocalDate responseDeadline, Instant now) {
        Duration untilDeadline = Duration.between(now, at(workingDays.minusWorkingDays(responseDeadline, 1)));
        Duration period = untilDeadline.compareTo(settings.boardVotingPeriod()) < 0 ? untilDeadline : settings.boardVotingPeriod();
        return period.compareTo(SHORTEST_VOTE) < 0 ? SHORTEST_VOTE : period;
    }

    Instant at(LocalDate date) {
        return date.atTime(NOON).atZone(ReferenceNumbers.ZONE).toInstant();
    }

    static LocalDate today(Instant now) {
        return now.atZone(ReferenceNumbers.ZONE).toLocalDate();
    }
}
