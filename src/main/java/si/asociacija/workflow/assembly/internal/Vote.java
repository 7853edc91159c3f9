package si.asociacija.workflow.assembly.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * That a member has voted on an item (one per member and item, by a unique key), with their choice for a
 * named ballot only; who cast it (the member, their proxy holder, or staff from a paper ballot).
 */
@Entity(name = "AssemblyVote")
@Table(name = "assembly_vote")
class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "membership_number", nullable = false, length = 20)
    private String membershipNumber;

    /** FOR, AGAINST or ABSTAIN on a named ballot; always null on a secret one. */
    @Column(length = 10)
    private String choice;

    @Column(name = "cast_by", nullable = false, length = 20)
    private String castBy;

    @Column(name = "on_paper", nullable = false)
    private boolean onPaper;

    protected Vote() {
    }

    Vote(Long itemId, String membershipNumber, String choice, String castBy, boolean onPaper) {
        this.itemId = itemId;
        this.membershipNumber = membershipNumber;
        this.choice = choice;
        this.castBy = castBy;
        this.onPaper = onPaper;
    }

    String getMembershipNumber() { return membershipNumber; }
    String getChoice() { return choice; }
    String getCastBy() { return castBy; }
    boolean isOnPaper() { return onPaper; }
}
