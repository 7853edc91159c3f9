package si.asociacija.workflow.assembly.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of an assembly's agenda, numbered from 1 in agenda order. */
@Entity
@Table(name = "assembly_item")
class AgendaItem {

    enum Kind { INFORMATION, RESOLUTION, STATUTE_CHANGE, ELECTION }

    enum Ballot { NAMED, SECRET }

    enum Stage { PENDING, OPEN, CLOSED }

    enum Outcome { ADOPTED, REJECTED }

    /** The most characters of an election's candidates together, one per line. */
    static final int CANDIDATES_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_number", nullable = false)
    private int number;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Ballot ballot;

    private Integer seats;

    /** The candidates of an election, one per line. */
    @Column(length = CANDIDATES_LENGTH)
    private String candidates;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Stage voting = Stage.PENDING;

    /** Votes that could be cast when the item closed: members present and those they represent. */
    private Integer eligible;

    private Integer turnout;

    @Column(name = "votes_for")
    private Integer votesFor;

    @Column(name = "votes_against")
    private Integer votesAgainst;

    @Column(name = "votes_abstain")
    private Integer votesAbstain;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Outcome outcome;

    private Boolean tie;

    /** Those elected, one per line. */
    @Column(length = 4000)
    private String elected;

    protected AgendaItem() {
    }

    AgendaItem(int number, String title, String description, Kind kind, Ballot ballot, Integer seats, List<String> candidates) {
        this.number = number;
        this.title = title;
        this.description = description;
        this.kind = kind;
        this.ballot = ballot;
        this.seats = seats;
        this.candidates = candidates == null || candidates.isEmpty() ? null : String.join("\n", candidates);
    }

    int getNumber() { return number; }
    String getTitle() { return title; }
    String getDescription() { return description; }
    Kind getKind() { return kind; }
    Ballot getBallot() { return ballot; }
    Integer getSeats() { return seats; }

    Long getId() { return id; }
    Stage getVoting() { return voting; }
    Integer getEligible() { return eligible; }
    Integer getTurnout() { return turnout; }
    Integer getVotesFor() { return votesFor; }
    Integer getVotesAgainst() { return votesAgainst; }
    Integer getVotesAbstain() { return votesAbstain; }
    Outcome getOutcome() { return outcome; }
    Boolean getTie() { return tie; }

    List<String> getElected() {
        return elected == null || elected.isEmpty() ? List.of() : Arrays.asList(elected.split("\n"));
    }

    boolean isVoted() {
        return kind != Kind.INFORMATION;
    }

    void openVoting() {
        voting = Stage.OPEN;
    }

    /** Closes the item with its result ({@code null} for an item without a vote). */
    void close(int eligible, int turnout, Tally tally) {
        voting = Stage.CLOSED;
        this.eligible = eligible;
        this.turnout = turnout;
        if (tally != null) {
            this.votesFor = tally.votesFor();
            this.votesAgainst = tally.against();
            this.votesAbstain = tally.abstain();
            this.outcome = tally.outcome();
            this.tie = tally.tie();
            this.elected = String.join("\n", tally.elected());
        }
    }

    List<String> getCandidates() {
        return candidates == null ? List.of() : Arrays.asList(candidates.split("\n"));
    }
}
