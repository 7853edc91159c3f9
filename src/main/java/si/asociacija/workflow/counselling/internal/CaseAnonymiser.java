package si.asociacija.workflow.counselling.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.privacy.Erasure;
import si.asociacija.workflow.shared.Tokens;

/**
 * Removes the personal data of closed (resolved or closed) assistance cases: the client's name and address, every message's
 * text, the attached files and what the mailbox noted of their mails. The topic, the dates, the deadlines
 * met or missed, the outcome and the rating stay for the funders' report. The status link stops working.
 */
@Component
class CaseAnonymiser {

    private final JdbcTemplate jdbc;

    CaseAnonymiser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<String> closedCasesOf(String email) {
        return jdbc.queryForList("""
                select reference from assistance_case
                 where lower(email) = lower(?) and status in ('RESOLVED', 'CLOSED') and closed_at is not null
                   and anonymised_at is null order by reference""",
                String.class, email);
    }

    List<String> casesClosedBefore(Instant before) {
        return jdbc.queryForList("""
                select reference from assistance_case
                 where status in ('RESOLVED', 'CLOSED') and closed_at < ? and anonymised_at is null order by reference""",
                String.class, Timestamp.from(before));
    }

    List<String> openCasesOf(String email) {
        return jdbc.queryForList("""
                select reference from assistance_case
                 where lower(email) = lower(?) and (status not in ('RESOLVED', 'CLOSED') or closed_at is null)
                 order by reference""", String.class, email);
    }

    void anonymise(String reference, Instant now) {
        Long id = jdbc.queryForObject("select id from assistance_case where reference = ?", Long.class, reference);
        List<Long> contents = jdbc.queryForList("""
                select a.content_id from case_attachment a join case_message m on a.case_message_id = m.id
                 where m.case_id = ?""", Long.class, id);
        jdbc.update("delete from case_attachment where case_message_id in (select id from case_message where case_id = ?)", id);
        contents.forEach(content -> jdbc.update("delete from attachment_content where id = ?", content));
        jdbc.update("update case_message set author = null, subject = null, body = null where case_id = ?", id);
        jdbc.update("update inbound_mail set sender = null, subject = null, detail = null where case_reference = ?", reference);
        jdbc.update("""
                update assistance_case set name = ?, email = null, subject = null, status_token = ?, anonymised_at = ?
                 where id = ?""", Erasure.ANONYMISED_NAME, Tokens.newToken(), Timestamp.from(now), id);
    }
}
