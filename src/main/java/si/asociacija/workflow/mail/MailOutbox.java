package si.asociacija.workflow.mail;

import java.util.List;
import java.util.Optional;

/**
 * Outgoing mail. A message handed over here is stored in the caller's transaction and sent only
 * after that transaction commits; a rolled-back transaction sends nothing.
 */
public interface MailOutbox {

    /** Renders the template in the recipient's language and stores the message for sending; returns its Message-ID. */
    String enqueue(OutgoingMail mail);

    /** Every message about one case, oldest first. */
    List<OutboxEntry> messagesFor(String reference);

    /** The newest messages in a state ({@code PENDING}, {@code SENDING}, {@code SENT}, {@code FAILED}). */
    List<OutboxEntry> withStatus(String status, int limit);

    /** The case reference of one of our messages, by its Message-ID (for threading replies). */
    Optional<String> referenceOf(String messageId);

    /** Puts a failed message back in the queue. */
    void retry(long id);
}
