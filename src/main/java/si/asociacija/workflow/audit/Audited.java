package si.asociacija.workflow.audit;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * Something changed that the audit trail keeps: publish it with {@code ApplicationEventPublisher} in the
 * transaction of the change. It names its subject by reference only (an application's or case's
 * reference, a membership number, a resolution number, a user id), never a person's name or email, and
 * never the choice of a secret ballot. Without an {@code actor}, the audit trail takes the user of the
 * request or the engine command, or {@link #SYSTEM} for jobs and timers.
 *
 * @param detail a short text without personal data beyond the references it needs; may be null
 */
@DomainEvent
public record Audited(SubjectType subjectType, String subject, String action, String actor, String detail,
                      Instant occurredAt) {

    /** Jobs, timers and start-up work. */
    public static final String SYSTEM = "system";
    /** An applicant on their private status link or the public form. */
    public static final String APPLICANT = "applicant";
    /** A client of the counselling service on the public form, by email or on their status link. */
    public static final String CLIENT = "client";
    /** A member on their personal assembly link. */
    public static final String MEMBER = "member";

    /** What an entry is about. */
    public enum SubjectType {
        APPLICATION, MEMBER, BOARD_VOTE, ASSEMBLY_VOTE, CASE, ADVOCACY, USER, GROUP, GROUP_MEMBERSHIP, AUTHORIZATION, TENANT
    }

    public Audited {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(action, "action");
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
    }

    /** A change by whoever is acting now (the user of the request or command, else {@link #SYSTEM}). */
    public static Audited of(SubjectType subjectType, String subject, String action, String detail) {
        return new Audited(subjectType, subject, action, null, detail, Instant.now());
    }

    /** The same change, made by {@code actor} (a user id, or {@link #APPLICANT}, {@link #CLIENT}, {@link #MEMBER}). */
    public Audited by(String actor) {
        return new Audited(subjectType, subject, action, actor, detail, occurredAt);
    }
}
