package si.asociacija.workflow.membership.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in an application's public history. */
@Entity
@Table(name = "membership_application_event")
class ApplicationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ApplicationStatus status;

    @Column(name = "public_note", length = 4000)
    private String publicNote;

    protected ApplicationEvent() {
    }

    ApplicationEvent(Instant occurredAt, ApplicationStatus status, String publicNote) {
        this.occurredAt = occurredAt;
        this.status = status;
        this.publicNote = publicNote;
    }

    Instant getOccurredAt() { return occurredAt; }
    ApplicationStatus getStatus() { return status; }
    String getPublicNote() { return publicNote; }
}
