package si.asociacija.workflow.membership.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.privacy.Erasure;
import si.asociacija.workflow.shared.Tokens;

/**
 * Removes the personal data of applications and member records, keeping what the reports count: the
 * applicant type, the field, the dates, the status and the board's resolution. The private status link
 * stops working. A record is anonymised once.
 */
@Component
class MembershipAnonymiser {

    private final JdbcTemplate jdbc;

    MembershipAnonymiser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's decided applications not yet anonymised. */
    List<String> closedApplicationsOf(String email) {
        return jdbc.queryForList("""
                select reference from membership_application
                 where lower(email) = lower(?) and is_open = false and anonymised_at is null order by reference""",
                String.class, email);
    }

    /** Rejected and withdrawn applications decided before {@code before}, not yet anonymised. */
    List<String> closedApplicationsBefore(Instant before) {
        return jdbc.queryForList("""
                select reference from membership_application
                 where status in ('REJECTED', 'WITHDRAWN') and updated_at < ? and anonymised_at is null order by reference""",
                String.class, Timestamp.from(before));
    }

    /** The person's ended memberships not yet anonymised. */
    List<String> endedMembershipsOf(String email) {
        return jdbc.queryForList("""
                select membership_number from registered_member
                 where lower(email) = lower(?) and status = 'ENDED' and anonymised_at is null order by membership_number""",
                String.class, email);
    }

    /** Memberships that ended before {@code before}, not yet anonymised. */
    List<String> membershipsEndedBefore(LocalDate before) {
        return jdbc.queryForList("""
                select membership_number from registered_member
                 where status = 'ENDED' and ended_on < ? and anonymised_at is null order by membership_number""",
                String.class, before);
    }

    /** The application that made this member one, when there was one (not for imported members). */
    List<String> applicationOf(String membershipNumber) {
        return jdbc.queryForList("""
                select a.reference from membership_application a join registered_member m on m.application_reference = a.reference
                 where m.membership_number = ? and a.anonymised_at is null""", String.class, membershipNumber);
    }

    void anonymiseApplication(String reference, Instant now) {
        jdbc.update("""
                update membership_application set name = ?, email = null, phone = null, address = null,
                       registration_number = null, tax_number = null, motivation = null, missing_info = null,
                       rejection_reason = null, culture_register_evidence = null, culture_register_evidence_by = null,
                       status_token = ?, anonymised_at = ?
                 where reference = ?""", Erasure.ANONYMISED_NAME, Tokens.newToken(), Timestamp.from(now), reference);
        jdbc.update("""
                update membership_application_event set public_note = null
                 where application_id = (select id from membership_application where reference = ?)""", reference);
    }

    /** Anonymises the member record and what the registers said of it; answers the register changes' references. */
    List<String> anonymiseMember(String membershipNumber, Instant now) {
        jdbc.update("""
                update registered_member set name = ?, email = null, registration_number = null, tax_number = null,
                       representative = null, anonymised_at = ?
                 where membership_number = ?""", Erasure.ANONYMISED_NAME, Timestamp.from(now), membershipNumber);
        jdbc.update("update member_register_change set before_text = '', after_text = null where membership_number = ?",
                membershipNumber);
        return jdbc.queryForList("select reference from member_register_change where membership_number = ? order by reference",
                String.class, membershipNumber);
    }

    /** Why the person's data cannot go now: a current membership, an application being decided. */
    List<String> blockers(String email) {
        List<String> members = jdbc.queryForList("""
                select membership_number from registered_member
                 where lower(email) = lower(?) and status <> 'ENDED' order by membership_number""", String.class, email);
        List<String> open = jdbc.queryForList("""
                select reference from membership_application
                 where lower(email) = lower(?) and is_open = true order by reference""", String.class, email);
        return Stream.concat(
                members.stream().map(number -> "Membership " + number + " is current: end it first."),
                open.stream().map(reference -> "Application " + reference + " is still being decided.")).toList();
    }
}
