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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import si.asociacija.workflow.counselling.CaseOutcome;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hibernate.annotations.OptimisticLock;

@Entity
@Table(name = "assistance_case")
public class AssistanceCase {

    public enum Priority { LOW, NORMAL, HIGH, URGENT }


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "status_token", nullable = false, unique = true, length = 64)
    private String statusToken;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 320)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Topic topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority = Priority.NORMAL;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(length = 300)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseState status = CaseState.RECEIVED;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CaseOutcome outcome;

    @Column(length = 64)
    private String counsellor;

    @Column(name = "previous_reference", length = 20)
    private String previousReference;

    @Column(name = "duplicate_of", length = 20)
    private String duplicateOf;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "first_response_due", nullable = false)
    private Instant firstResponseDue;

    @Column(name = "resolution_due", nullable = false)
    private Instant resolutionDue;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "first_response_overdue", nullable = false)
    private boolean firstResponseOverdue;

    @Column(name = "resolution_overdue", nullable = false)
    private boolean resolutionOverdue;

    private Integer rating;

    @Version
    private long version;

    @OptimisticLock(excluded = true)
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("occurredAt, id")
    private List<CaseMessage> messages = new ArrayList<>();

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "consent_version", length = 16)
    private String consentVersion;

    protected AssistanceCase() {
    }

    AssistanceCase(String reference, String statusToken, String name, String email, Topic topic, String language,
                   String subject, String previousReference, Instant receivedAt, Instant firstResponseDue, Instant resolutionDue) {
        this.reference = reference;
        this.statusToken = statusToken;
        this.name = name;
        this.email = email;
        this.topic = topic;
        this.language = language;
        this.subject = subject;
        this.previousReference = previousReference;
        this.receivedAt = receivedAt;
        this.firstResponseDue = firstResponseDue;
        this.resolutionDue = resolutionDue;
    }

    CaseMessage add(CaseMessage message) {
        messages.add(message);
        return message;
    }

    void triaged(Topic topic, Priority priority, String counsellor) {
        this.topic = topic;
        this.priority = priority;
        this.counsellor = counsellor;
        state(CaseState.ASSIGNED);
    }

    void slaDates(Instant firstResponseDue, Instant resolutionDue) {
        this.firstResponseDue = firstResponseDue;
        this.resolutionDue = resolutionDue;
    }

    void answered(Instant now) {
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
    }

    /** A new state, recorded in the thread so that the client and staff see when it changed. */
    void state(CaseState state) {
        if (this.status != state) {
            this.status = state;
            messages.add(new CaseMessage(CaseMessage.Kind.STATE, null, null, state.name(),
                    null, ClockUtil.getCurrentTime().toInstant()));
        }
    }

    void duplicateOf(String original, Instant now) {
        this.duplicateOf = original;
        closed(CaseOutcome.DUPLICATE, now);
    }

    void resolved(Instant now) {
        state(CaseState.RESOLVED);
        outcome = CaseOutcome.RESOLVED;
        resolvedAt = now;
        closedAt = now;
    }

    void closed(CaseOutcome why, Instant now) {
        state(CaseState.CLOSED);
        outcome = why;
        closedAt = now;
    }

    void reopened() {
        state(CaseState.IN_PROGRESS);
        outcome = null;
        closedAt = null;
        resolvedAt = null;
    }

    void firstResponseOverdue() {
        firstResponseOverdue = true;
    }

    void resolutionOverdue() {
        resolutionOverdue = true;
    }

    public void rate(int stars) {
        rating = stars;
    }

    public boolean isClosed() {
        return status == CaseState.RESOLVED || status == CaseState.CLOSED;
    }

    /** The Message-ID of the client's latest email, for threading our answer onto it. */
    String lastClientMessageId() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            CaseMessage m = messages.get(i);
            if (m.getKind() == CaseMessage.Kind.IN && m.getMessageId() != null) {
                return m.getMessageId();
            }
        }
        return null;
    }

    Long getId() { return id; }
    public String getReference() { return reference; }
    public String getStatusToken() { return statusToken; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public Topic getTopic() { return topic; }
    public Priority getPriority() { return priority; }
    public String getLanguage() { return language; }
    String getSubject() { return subject; }
    public CaseState getStatus() { return status; }
    public CaseOutcome getOutcome() { return outcome; }
    public String getCounsellor() { return counsellor; }
    public String getPreviousReference() { return previousReference; }
    public String getDuplicateOf() { return duplicateOf; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getFirstResponseDue() { return firstResponseDue; }
    public Instant getResolutionDue() { return resolutionDue; }
    public Instant getFirstResponseAt() { return firstResponseAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Instant getClosedAt() { return closedAt; }
    public boolean isFirstResponseOverdue() { return firstResponseOverdue; }
    boolean isResolutionOverdue() { return resolutionOverdue; }
    public Integer getRating() { return rating; }
    public List<CaseMessage> getMessages() { return messages; }
    public Instant getConsentAt() { return consentAt; }
    public String getConsentVersion() { return consentVersion; }

    /** The client consented, through a form, to the privacy notice of this version. */
    public void consented(Instant at, String version) {
        this.consentAt = at;
        this.consentVersion = version;
    }
}
