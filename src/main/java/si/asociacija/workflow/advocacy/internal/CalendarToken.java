package si.asociacija.workflow.advocacy.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A staff member's token for the calendar feed of deadlines, kept as its SHA-256 only; one per account. */
@Entity
@Table(name = "advocacy_calendar_token")
class CalendarToken {

    @Id
    @Column(name = "user_id", length = 64)
    private String userId;
    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarToken() {
    }

    CalendarToken(String userId, String tokenHash, Instant createdAt) {
        this.userId = userId;
        replace(tokenHash, createdAt);
    }

    /** A new token; the old one stops working. */
    void replace(String hash, Instant now) {
        this.tokenHash = hash;
        this.createdAt = now;
    }

    String getUserId() { return userId; }
    String getTokenHash() { return tokenHash; }
    Instant getCreatedAt() { return createdAt; }
}
