package si.asociacija.workflow.mail.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import si.asociacija.workflow.mail.MailAttachment;

@Entity
@Table(name = "mail_outbox")
class OutboxMessage {

    enum Status { PENDING, SENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false, length = 200)
    private String messageId;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 100)
    private String template;

    @Column(nullable = false, length = 50)
    private String reference;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, length = 65535)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    /** Which claim (node and moment) is sending the message; only that claim may record the result. */
    @Column(name = "claim_token", length = 36)
    private String claimToken;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "in_reply_to", length = 300)
    private String inReplyTo;

    @Column(name = "reply_to", length = 320)
    private String replyTo;

    @Column(name = "auto_submitted", nullable = false)
    private boolean autoSubmitted = true;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    @Column(name = "attachment_name", length = 100)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    /** The file's bytes ({@code bytea}: binary varying on H2 and PostgreSQL alike, never a large object). */
    @Column(name = "attachment_content")
    private byte[] attachmentContent;

    protected OutboxMessage() {
    }

    OutboxMessage(String messageId, String recipient, String template, String reference, String subject, String body, Instant now) {
        this.messageId = messageId;
        this.recipient = recipient;
        this.template = template;
        this.reference = reference;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Sends {@code file} with the message. */
    OutboxMessage attached(MailAttachment file) {
        if (file != null) {
            this.attachmentName = file.filename();
            this.attachmentType = file.contentType();
            this.attachmentContent = file.content();
        }
        return this;
    }

    /** The attached file, if any. */
    Optional<MailAttachment> attachment() {
        return attachmentName == null ? Optional.empty()
                : Optional.of(new MailAttachment(attachmentName, attachmentType, attachmentContent));
    }

    OutboxMessage threaded(String inReplyTo, String replyTo, boolean autoSubmitted) {
        this.inReplyTo = inReplyTo;
        this.replyTo = replyTo;
        this.autoSubmitted = autoSubmitted;
        return this;
    }

    boolean isAutoSubmitted() { return autoSubmitted; }

    String getInReplyTo() { return inReplyTo; }
    String getReplyTo() { return replyTo; }
    Long getId() { return id; }
    String getMessageId() { return messageId; }
    String getRecipient() { return recipient; }
    String getTemplate() { return template; }
    String getReference() { return reference; }
    String getSubject() { return subject; }
    String getBody() { return body; }
    Status getStatus() { return status; }
    boolean claimedBy(String token) { return status == Status.SENDING && token != null && token.equals(claimToken); }
    int getAttempts() { return attempts; }
    Instant getNextAttemptAt() { return nextAttemptAt; }
    String getLastError() { return lastError; }
    Instant getCreatedAt() { return createdAt; }
    Instant getSentAt() { return sentAt; }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** Records a failed attempt; retries later with backoff until the attempts run out. */
    void failed(String error, Instant now, int maxAttempts, Duration firstDelay, Duration maxDelay) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
            return;
        }
        status = Status.PENDING;
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    void retryNow(Instant now) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }
}
