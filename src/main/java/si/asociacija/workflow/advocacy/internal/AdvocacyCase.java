package si.asociacija.workflow.advocacy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import si.asociacija.workflow.advocacy.internal.watch.Draft;
import si.asociacija.workflow.membership.FieldOfWork;

/**
 * A draft law, decree or call in public consultation and what the association does about it. One per
 * item of a source ({@code source}, {@code itemKey} unique in the database).
 */
@Entity
@Table(name = "advocacy_case")
class AdvocacyCase {

    /** The source of a case staff opened by hand. */
    static final String BY_HAND = "by-hand";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, length = 20)
    private String reference;
    @Column(nullable = false, length = 60)
    private String source;
    @Column(name = "item_key", nullable = false, length = 1000)
    private String itemKey;
    @Column(nullable = false, length = 500)
    private String title;
    private String proposer;
    private String stage;
    private String link;
    private String summary;
    @Column(name = "consultation_address")
    private String consultationAddress;
    @Column(name = "consultation_opened_on")
    private LocalDate consultationOpenedOn;
    @Column(name = "consultation_deadline")
    private LocalDate consultationDeadline;
    @Column(name = "response_deadline")
    private LocalDate responseDeadline;
    @Column(name = "views_until")
    private Instant viewsUntil;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AdvocacyStatus status = AdvocacyStatus.REVIEW;
    @Column(name = "triage_reason")
    private String triageReason;
    private String fields;
    @Column(name = "lead_user")
    private String lead;
    @Column(name = "position_text")
    private String positionText;
    @Column(name = "resolution_number")
    private String resolutionNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "submitted_via")
    private SubmissionChannel submittedVia;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submission_message_id")
    private String submissionMessageId;
    @Column(name = "submission_receipt")
    private String submissionReceipt;
    @Enumerated(EnumType.STRING)
    private Reception outcome;
    @Column(name = "outcome_reason")
    private String outcomeReason;
    @Column(name = "final_text_link")
    private String finalTextLink;
    @Column(nullable = false)
    private boolean escalated;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    protected AdvocacyCase() {
    }

    AdvocacyCase(String reference, Draft draft, String consultationAddress, LocalDate openedOn, Instant now) {
        this.reference = reference;
        this.source = draft.source();
        this.itemKey = draft.id();
        this.title = cut(draft.title(), 500);
        this.proposer = cut(draft.proposer(), 300);
        this.stage = cut(draft.stage(), 200);
        this.link = cut(draft.link(), 1000);
        this.summary = cut(draft.summary(), 4000);
        this.consultationAddress = consultationAddress;
        this.consultationOpenedOn = openedOn;
        this.consultationDeadline = draft.deadline();
        this.openedAt = now;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    void notActing(String reason, Instant now) {
        triageReason = reason;
        status = AdvocacyStatus.NOT_ACTING;
        closedAt = now;
    }

    void act(String reason, LocalDate responseDeadline, Set<FieldOfWork> fields, String lead, String consultationAddress,
             Instant viewsUntil) {
        this.triageReason = reason;
        this.responseDeadline = responseDeadline;
        this.fields = fields.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.lead = lead;
        if (consultationAddress != null) {
            this.consultationAddress = consultationAddress;
        }
        this.viewsUntil = viewsUntil;
        this.status = AdvocacyStatus.GATHERING_VIEWS;
    }

    /** The members' links close now, before the cut-off staff set. */
    void closeViews(Instant now) {
        viewsUntil = now;
    }

    void drafting() {
        status = AdvocacyStatus.DRAFTING;
    }

    void toBoard(String position) {
        positionText = position;
        status = AdvocacyStatus.WITH_BOARD;
    }

    void approved(String resolution) {
        resolutionNumber = resolution;
        status = AdvocacyStatus.SUBMITTING;
    }

    void submitted(SubmissionChannel channel, Instant at, String messageId, String receipt, String address) {
        submittedVia = channel;
        submittedAt = at;
        submissionMessageId = messageId;
        submissionReceipt = receipt;
        if (address != null) {
            consultationAddress = address;
        }
        status = AdvocacyStatus.AWAITING_OUTCOME;
    }

    void outcome(Reception reception, String reason, String finalText, Instant now) {
        outcome = reception;
        outcomeReason = reason;
        finalTextLink = finalText;
        status = AdvocacyStatus.CLOSED;
        closedAt = now;
    }

    void escalated() {
        escalated = true;
    }

    /**
     * The calendar days the consultation gave, from its opening to its deadline (the rules ask for 30 to
     * 60, ReNDej); null when either date is unknown.
     */
    Integer daysGiven() {
        return consultationOpenedOn == null || consultationDeadline == null ? null
                : (int) ChronoUnit.DAYS.between(consultationOpenedOn, consultationDeadline);
    }

    Set<FieldOfWork> fieldSet() {
        Set<FieldOfWork> set = EnumSet.noneOf(FieldOfWork.class);
        if (fields != null && !fields.isBlank()) {
            Arrays.stream(fields.split(",")).map(FieldOfWork::valueOf).forEach(set::add);
        }
        return set;
    }

    boolean isOpen() {
        return status != AdvocacyStatus.NOT_ACTING && status != AdvocacyStatus.CLOSED;
    }

    Long getId() { return id; }
    String getReference() { return reference; }
    String getSource() { return source; }
    String getItemKey() { return itemKey; }
    String getTitle() { return title; }
    String getProposer() { return proposer; }
    String getStage() { return stage; }
    String getLink() { return link; }
    String getSummary() { return summary; }
    String getConsultationAddress() { return consultationAddress; }
    LocalDate getConsultationOpenedOn() { return consultationOpenedOn; }
    LocalDate getConsultationDeadline() { return consultationDeadline; }
    LocalDate getResponseDeadline() { return responseDeadline; }
    Instant getViewsUntil() { return viewsUntil; }
    AdvocacyStatus getStatus() { return status; }
    String getTriageReason() { return triageReason; }
    String getLead() { return lead; }
    String getPositionText() { return positionText; }
    String getResolutionNumber() { return resolutionNumber; }
    SubmissionChannel getSubmittedVia() { return submittedVia; }
    Instant getSubmittedAt() { return submittedAt; }
    String getSubmissionMessageId() { return submissionMessageId; }
    String getSubmissionReceipt() { return submissionReceipt; }
    Reception getOutcome() { return outcome; }
    String getOutcomeReason() { return outcomeReason; }
    String getFinalTextLink() { return finalTextLink; }
    boolean isEscalated() { return escalated; }
    Instant getOpenedAt() { return openedAt; }
    Instant getClosedAt() { return closedAt; }
}
