package si.asociacija.workflow.board.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One board member's vote on one motion. */
@Entity
@Table(name = "board_vote")
class Vote {

    enum Choice { APPROVE, REJECT, ABSTAIN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String voter;

    @Column(name = "voter_name", nullable = false, length = 200)
    private String voterName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Choice vote;

    @Column(length = 2000)
    private String comment;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected Vote() {
    }

    Vote(String voter, String voterName, Choice vote, String comment, Instant castAt) {
        this.voter = voter;
        this.voterName = voterName;
        this.vote = vote;
        this.comment = comment;
        this.castAt = castAt;
    }

    String getVoter() { return voter; }
    String getVoterName() { return voterName; }
    Choice getVote() { return vote; }
    String getComment() { return comment; }
    Instant getCastAt() { return castAt; }
}
