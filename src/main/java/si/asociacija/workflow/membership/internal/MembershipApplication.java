package si.asociacija.workflow.membership.internal;

import si.asociacija.workflow.membership.FieldOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "membership_application")
class MembershipApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "status_token", nullable = false, unique = true, length = 64)
    private String statusToken;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, length = 20)
    private ApplicantType type;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String email;

    @Column(length = 50)
    private String phone;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(name = "registration_number", length = 10)
    private String registrationNumber;

    @Column(name = "tax_number", length = 8)
    private String taxNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private FieldOfWork field;

    @Column(nullable = false, length = 4000)
    private String motivation;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(name = "consent_version", length = 16)
    private String consentVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ApplicationStatus status;

    @Column(name = "is_open", nullable = false)
    private boolean open;

    @Column(name = "missing_info", length = 2000)
    private String missingInfo;

    @Column(name = "rejection_reason", length = 2000)
    private String rejectionReason;

    @Column(name = "resolution_number", length = 20)
    private String resolutionNumber;

    @Column(name = "culture_register_evidence", length = 2000)
    private String cultureRegisterEvidence;

    @Column(name = "culture_register_evidence_by", length = 64)
    private String cultureRegisterEvidenceBy;

    @Column(name = "culture_register_evidence_at")
    private Instant cultureRegisterEvidenceAt;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY, orphanRemoval = true)
    @JoinColumn(name = "application_id", nullable = false)
    @OrderBy("occurredAt, id")
    private List<ApplicationEvent> history = new ArrayList<>();

    protected MembershipApplication() {
    }

    MembershipApplication(String reference, String statusToken, ApplicationForm form, Instant now, String consentVersion) {
        this.reference = reference;
        this.statusToken = statusToken;
        this.type = ApplicantType.valueOf(form.type());
        this.name = form.name().trim();
        this.email = form.email().trim();
        this.phone = blankToNull(form.phone());
        this.address = form.address().trim();
        this.registrationNumber = blankToNull(form.registrationNumber());
        this.taxNumber = blankToNull(form.taxNumber());
        this.field = FieldOfWork.valueOf(form.field());
        this.motivation = form.motivation().trim();
        this.language = form.languageOrDefault();
        this.consentAt = now;
        this.consentVersion = consentVersion;
        this.submittedAt = now;
        changeStatus(ApplicationStatus.RECEIVED, null, now);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.replaceAll("\\s", "");
    }

    void changeStatus(ApplicationStatus newStatus, String publicNote, Instant now) {
        this.status = newStatus;
        this.open = newStatus.open();
        this.updatedAt = now;
        history.add(new ApplicationEvent(now, newStatus, publicNote));
    }

    void missingInfo(String text, Instant now) {
        this.missingInfo = text;
        changeStatus(ApplicationStatus.MISSING_INFO, text, now);
    }

    void rejected(String reason, String resolution, Instant now) {
        this.rejectionReason = reason;
        this.resolutionNumber = resolution;
        changeStatus(ApplicationStatus.REJECTED, reason, now);
    }

    void approved(String resolution, Instant now) {
        this.resolutionNumber = resolution;
        changeStatus(ApplicationStatus.APPROVED, null, now);
    }

    /** What staff saw of the individual's entry in the register of self-employed in culture. */
    void cultureRegisterEvidence(String evidence, String notedBy, Instant now) {
        this.cultureRegisterEvidence = evidence;
        this.cultureRegisterEvidenceBy = notedBy;
        this.cultureRegisterEvidenceAt = now;
        this.updatedAt = now;
    }

    Long getId() { return id; }
    String getReference() { return reference; }
    String getStatusToken() { return statusToken; }
    ApplicantType getType() { return type; }
    String getName() { return name; }
    String getEmail() { return email; }
    String getPhone() { return phone; }
    String getAddress() { return address; }
    String getRegistrationNumber() { return registrationNumber; }
    String getTaxNumber() { return taxNumber; }
    FieldOfWork getField() { return field; }
    String getMotivation() { return motivation; }
    String getLanguage() { return language; }
    Instant getConsentAt() { return consentAt; }
    String getConsentVersion() { return consentVersion; }
    ApplicationStatus getStatus() { return status; }
    boolean isOpen() { return open; }
    String getMissingInfo() { return missingInfo; }
    String getRejectionReason() { return rejectionReason; }
    String getResolutionNumber() { return resolutionNumber; }
    String getCultureRegisterEvidence() { return cultureRegisterEvidence; }
    String getCultureRegisterEvidenceBy() { return cultureRegisterEvidenceBy; }
    Instant getCultureRegisterEvidenceAt() { return cultureRegisterEvidenceAt; }
    Instant getSubmittedAt() { return submittedAt; }
    Instant getUpdatedAt() { return updatedAt; }
    List<ApplicationEvent> getHistory() { return history; }
}
