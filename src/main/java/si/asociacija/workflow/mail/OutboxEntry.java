package si.asociacija.workflow.mail;

import java.time.Instant;

/** What staff see of one outgoing message. */
public record OutboxEntry(long id, String messageId, String recipient, String template, String reference,
                          String subject, String status, int attempts, String lastError,
                          Instant createdAt, Instant sentAt) {
}
