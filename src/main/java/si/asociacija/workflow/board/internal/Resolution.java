package si.asociacija.workflow.board.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import si.asociacija.workflow.board.BoardDecision;

import org.hibernate.annotations.OptimisticLock;

/** A motion put to the board and, once voting closes, its resolution. */
@Entity
@Table(name = "board_resolution")
class Resolution {

    static final String OPEN = "OPEN";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String number;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "motion_text", nullable = false, length = 8000)
    private String motionText;

    @Column(name = "subject_reference", length = 50)
    private String subjectReference;

    @Column(name = "process_instance_id", nullable = false, unique = true, length = 64)
    private String processInstanceId;

    @Column(name = "board_size", nullable = false)
    private int boardSize;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(nullable = false, length = 20)
    private String outcome = OPEN;

    @Version
    private long version;

    @OptimisticLock(excluded = true)
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "resolution_id", nullable = false)
    @OrderBy("castAt, id")
    private List<Vote> votes = new ArrayList<>();

    protected Resolution() {
    }

    Resolution(String number, String title, String motionText, String subjectReference, String processInstanceId,
               int boardSize, Instant openedAt, Instant deadline) {
        this.number = number;
        this.processInstanceId = processInstanceId;
        this.title = title;
        this.motionText = motionText;
        this.subjectReference = subjectReference;
        this.boardSize = boardSize;
        this.openedAt = openedAt;
        this.deadline = deadline;
    }

    VotingRules.Tally tally() {
        int approve = 0;
        int reject = 0;
        int abstain = 0;
        for (Vote vote : votes) {
            switch (vote.getVote()) {
                case APPROVE -> approve++;
                case REJECT -> reject++;
                case ABSTAIN -> abstain++;
            }
        }
        return new VotingRules.Tally(boardSize, approve, reject, abstain);
    }

    boolean hasVoted(String voter) {
        return votes.stream().anyMatch(v -> v.getVoter().equals(voter));
    }

    void cast(Vote vote) {
        if (!OPEN.equals(outcome)) {
            throw new IllegalStateException("Voting on " + number + " is closed");
        }
        if (hasVoted(vote.getVoter())) {
            throw new IllegalStateException(vote.getVoter() + " has already voted on " + number);
        }
        votes.add(vote);
    }

    void close(BoardDecision.Outcome finalOutcome, Instant now) {
        this.outcome = finalOutcome.name();
        this.closedAt = now;
    }

    void extend(Instant newDeadline) {
        this.deadline = newDeadline;
    }

    Long getId() { return id; }
    String getNumber() { return number; }
    String getTitle() { return title; }
    String getMotionText() { return motionText; }
    String getSubjectReference() { return subjectReference; }
    int getBoardSize() { return boardSize; }
    Instant getOpenedAt() { return openedAt; }
    Instant getDeadline() { return deadline; }
    Instant getClosedAt() { return closedAt; }
    String getOutcome() { return outcome; }
    List<Vote> getVotes() { return votes; }
}
