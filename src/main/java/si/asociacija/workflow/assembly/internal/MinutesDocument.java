package si.asociacija.workflow.assembly.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The minutes of an assembly as a PDF, drafted after the last item and confirmed by staff. */
@Entity
@Table(name = "assembly_minutes")
class MinutesDocument {

    @Id
    @Column(name = "assembly_id")
    private Long assemblyId;

    @Column(nullable = false)
    private byte[] pdf;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected MinutesDocument() {
    }

    MinutesDocument(Long assemblyId, byte[] pdf, Instant draftedAt) {
        this.assemblyId = assemblyId;
        this.pdf = pdf;
        this.draftedAt = draftedAt;
    }

    byte[] getPdf() { return pdf; }
    Instant getConfirmedAt() { return confirmedAt; }

    void redraft(byte[] pdf, Instant now) {
        this.pdf = pdf;
        this.draftedAt = now;
    }

    void confirm(Instant now) {
        this.confirmedAt = now;
    }
}
