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
    @Column(length = 4000)
    private String candidates;

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

    List<String> getCandidates() {
        return candidates == null ? List.of() : Arrays.asList(candidates.split("\n"));
    }
}
