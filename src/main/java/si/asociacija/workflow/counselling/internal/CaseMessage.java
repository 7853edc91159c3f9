package si.asociacija.workflow.counselling.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * One entry of a case's thread: the client's messages, our answers, state changes ({@link Kind#STATE},
 * the body is the state's name) and internal notes ({@link Kind#NOTE}, never shown to the client).
 */
@Entity
@Table(name = "case_message")
public class CaseMessage {

    public enum Kind { IN, OUT, STATE, NOTE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(length = 320)
    private String author;

    @Column(length = 500)
    private String subject;

    @Column(length = 65535)
    private String body;

    @Column(name = "message_id", length = 300)
    private String messageId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_message_id", nullable = false)
    private List<CaseAttachment> attachments = new ArrayList<>();

    protected CaseMessage() {
    }

    public CaseMessage(Kind kind, String author, String subject, String body, String messageId, Instant occurredAt) {
        this.kind = kind;
        this.author = author;
        this.subject = subject == null ? null : subject.substring(0, Math.min(subject.length(), 500));
        this.body = body == null ? null : body.substring(0, Math.min(body.length(), 65535));
        this.messageId = messageId;
        this.occurredAt = occurredAt;
    }

    public void attach(CaseAttachment attachment) {
        attachments.add(attachment);
    }

    public Kind getKind() { return kind; }
    String getAuthor() { return author; }
    String getSubject() { return subject; }
    public String getBody() { return body; }
    String getMessageId() { return messageId; }
    public Instant getOccurredAt() { return occurredAt; }
    public List<CaseAttachment> getAttachments() { return attachments; }
}
