package si.asociacija.workflow.assembly.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A member with voting rights when the notice went out, and their personal, unguessable link. */
@Entity
@Table(name = "assembly_convocation")
class Convocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assembly_id", nullable = false)
    private Assembly assembly;

    @Column(name = "membership_number", nullable = false, length = 20)
    private String membershipNumber;

    @Column(nullable = false, unique = true, length = 64)
    private String token;

    @Column(nullable = false, length = 2)
    private String language;

    /** The member who votes for this one, when they gave a proxy. */
    @Column(name = "proxy_holder", length = 20)
    private String proxyHolder;

    @Column(name = "proxy_on_paper", nullable = false)
    private boolean proxyOnPaper;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Attendance attendance;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    protected Convocation() {
    }

    Convocation(Assembly assembly, String membershipNumber, String token, String language) {
        this.assembly = assembly;
        this.membershipNumber = membershipNumber;
        this.token = token;
        this.language = language;
    }

    Long getId() { return id; }
    Assembly getAssembly() { return assembly; }
    String getMembershipNumber() { return membershipNumber; }
    String getToken() { return token; }
    String getLanguage() { return language; }
    String getProxyHolder() { return proxyHolder; }
    boolean isProxyOnPaper() { return proxyOnPaper; }

    Attendance getAttendance() { return attendance; }
    Instant getCheckedInAt() { return checkedInAt; }

    boolean isPresent() {
        return attendance != null;
    }

    /** The member is here (or online); a proxy they gave no longer counts. */
    void checkIn(Attendance mode, Instant now) {
        this.attendance = mode;
        this.checkedInAt = now;
        revokeProxy();
    }

    void giveProxy(String holder, boolean onPaper) {
        this.proxyHolder = holder;
        this.proxyOnPaper = onPaper;
    }

    void revokeProxy() {
        this.proxyHolder = null;
        this.proxyOnPaper = false;
    }
}
