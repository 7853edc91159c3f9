package si.asociacija.workflow.counselling.internal.mailbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** Each inbound message once (by Message-ID), with what became of it. */
@Entity
@Table(name = "inbound_mail")
public class InboundMail implements Persistable<String> {

    /** Always inserted, never merged: a second node's insert of the same Message-ID fails on the key. */
    @Transient
    private boolean fresh = true;

    public enum Outcome { PROCESSING, NEW_CASE, THREADED, REOPENED, IGNORED_AUTOMATIC, REFUSED_TOO_LARGE, MALFORMED }

    @Id
    @Column(name = "message_id", length = 300)
    private String messageId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(length = 320)
    private String sender;

    @Column(length = 500)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Outcome outcome;

    @Column(name = "case_reference", length = 20)
    private String caseReference;

    @Column(length = 2000)
    private String detail;

    protected InboundMail() {
    }

    InboundMail(String messageId, Instant receivedAt, String sender, String subject, Outcome outcome, String caseReference, String detail) {
        this.messageId = messageId;
        this.receivedAt = receivedAt;
        this.sender = sender == null ? null : sender.substring(0, Math.min(sender.length(), 320));
        this.subject = subject == null ? null : subject.substring(0, Math.min(subject.length(), 500));
        this.outcome = outcome;
        this.caseReference = caseReference;
        this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000));
    }

    void done(Outcome outcome, String caseReference, String detail) {
        this.outcome = outcome;
        this.caseReference = caseReference;
        this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000));
    }

    @Override
    public String getId() { return messageId; }

    @Override
    public boolean isNew() { return fresh; }

    @PostLoad
    @PostPersist
    void stored() { fresh = false; }

    public String getMessageId() { return messageId; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getSender() { return sender; }
    public String getSubject() { return subject; }
    public String getDetail() { return detail; }
    public Outcome getOutcome() { return outcome; }
    public String getCaseReference() { return caseReference; }
}
