package si.asociacija.workflow.membership.internal;

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

import si.asociacija.workflow.registry.RegisterChange;
import si.asociacija.workflow.shared.Labelled;

/**
 * A change of a public register that concerns a member, with the record before and after, and what
 * staff decided. Its reference ({@code RC-<change id>-<membership number>}) is the business key of its
 * task; a change is recorded once per member. The yearly check records a flagged member the same way
 * ({@code RY-<year>-<membership number>}, kind {@value #YEARLY}): the member as held before, the
 * registers' findings after, the flagged checks as the changed fields.
 */
@Entity
@Table(name = "member_register_change")
class MemberRegisterChange implements Persistable<String> {

    enum Decision { NOTED, END_MEMBERSHIP }

    static final String YEARLY = "YEARLY";
    /** The register of a yearly check: all of them. */
    static final String ALL_REGISTERS = "ALL";

    /** Always inserted, never merged: a second insert of the same change and member fails on the key. */
    @Transient
    private boolean fresh = true;

    @Id
    @Column(length = 60)
    private String reference;

    @Column(name = "change_id")
    private Long changeId;

    @Column(name = "import_id")
    private Long importId;

    @Column(name = "membership_number", nullable = false, length = 20)
    private String membershipNumber;

    @Column(nullable = false, length = 10)
    private String register;

    @Column(nullable = false, length = 10)
    private String kind;

    @Column(name = "changed_fields", length = 500)
    private String changedFields;

    @Column(name = "before_text", nullable = false, length = 2000)
    private String before;

    @Column(name = "after_text", length = 2000)
    private String after;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Decision decision;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected MemberRegisterChange() {
    }

    MemberRegisterChange(RegisterChange change, String membershipNumber, Instant openedAt) {
        this.reference = reference(change, membershipNumber);
        this.changeId = change.id();
        this.importId = change.importId();
        this.membershipNumber = membershipNumber;
        this.register = change.register();
        this.kind = change.kind();
        this.changedFields = change.changedFields();
        this.before = change.before();
        this.after = change.after();
        this.openedAt = openedAt;
    }

    /** The yearly check of {@code year} flagged the member: {@code before} as held, {@code after} the findings. */
    MemberRegisterChange(int year, String membershipNumber, String flaggedChecks, String before, String after,
                         Instant openedAt) {
        this.reference = reference(year, membershipNumber);
        this.membershipNumber = membershipNumber;
        this.register = ALL_REGISTERS;
        this.kind = YEARLY;
        this.changedFields = flaggedChecks;
        this.before = before;
        this.after = after;
        this.openedAt = openedAt;
    }

    static String reference(RegisterChange change, String membershipNumber) {
        return "RC-" + change.id() + "-" + membershipNumber;
    }

    static String reference(int year, String membershipNumber) {
        return "RY-" + year + "-" + membershipNumber;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void decided(Decision decision, Instant at) {
        this.decision = decision;
        this.decidedAt = at;
    }

    /** The register, named in {@code messages_*.properties}. */
    Labelled registerName() {
        return () -> "membership.registerChange.register." + register;
    }

    /** What happened to the record (changed, gone), named in {@code messages_*.properties}. */
    Labelled kindName() {
        return () -> "membership.registerChange.kind." + kind;
    }

    boolean gone() {
        return "GONE".equals(kind);
    }

    boolean yearly() {
        return YEARLY.equals(kind);
    }

    @Override
    public String getId() { return reference; }

    @Override
    public boolean isNew() { return fresh; }

    @PostLoad
    @PostPersist
    void stored() { fresh = false; }

    String getReference() { return reference; }
    String getMembershipNumber() { return membershipNumber; }
    String getChangedFields() { return changedFields; }
    String getBefore() { return before; }
    String getAfter() { return after; }
    Decision getDecision() { return decision; }
}
