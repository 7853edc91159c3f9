package si.asociacija.workflow.mail.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes the personal data of mails that were sent or failed: recipient, subject, text and file. The
 * Message-ID, the template, the case reference and the times stay (proof that a notice went out, when).
 * A mail still waiting to be sent is never touched.
 */
@Component
class OutboxAnonymiser {

    private final JdbcTemplate jdbc;

    OutboxAnonymiser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<String> pendingTo(String email) {
        return jdbc.queryForList("""
                select message_id from mail_outbox
                 where lower(recipient) = lower(?) and status in ('PENDING', 'SENDING') order by id""", String.class, email);
    }

    List<String> doneTo(String email) {
        return jdbc.queryForList("""
                select message_id from mail_outbox
                 where lower(recipient) = lower(?) and status in ('SENT', 'FAILED') and anonymised_at is null order by id""",
                String.class, email);
    }

    List<String> doneAbout(Collection<String> references) {
        return references.stream().flatMap(reference -> jdbc.queryForList("""
                select message_id from mail_outbox
                 where reference = ? and status in ('SENT', 'FAILED') and anonymised_at is null order by id""",
                String.class, reference).stream()).toList();
    }

    void anonymise(String messageId, Instant now) {
        jdbc.update("""
                update mail_outbox set recipient = null, subject = null, body = null, reply_to = null, last_error = null,
                       attachment_name = null, attachment_type = null, attachment_content = null, anonymised_at = ?
                 where message_id = ?""", Timestamp.from(now), messageId);
    }
}
