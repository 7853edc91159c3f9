package si.asociacija.workflow.assembly.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A general assembly: when and where it meets, whether members may vote remotely, and its agenda. */
@Entity
@Table(name = "assembly")
class Assembly {

    enum State { CONVENED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false, length = 300)
    private String place;

    @Column(name = "remote_voting", nullable = false)
    private boolean remoteVoting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "convened_at", nullable = false)
    private Instant convenedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "assembly_id", nullable = false)
    @OrderBy("number")
    private List<AgendaItem> items = new ArrayList<>();

    protected Assembly() {
    }

    Assembly(String reference, String title, Instant startsAt, String place, boolean remoteVoting, List<AgendaItem> items,
             Instant now) {
        this.reference = reference;
        this.title = title;
        this.startsAt = startsAt;
        this.place = place;
        this.remoteVoting = remoteVoting;
        this.items.addAll(items);
        this.state = State.CONVENED;
        this.convenedAt = now;
    }

    Long getId() { return id; }
    String getReference() { return reference; }
    String getTitle() { return title; }
    Instant getStartsAt() { return startsAt; }
    String getPlace() { return place; }
    boolean isRemoteVoting() { return remoteVoting; }
    State getState() { return state; }
    Instant getConvenedAt() { return convenedAt; }
    List<AgendaItem> getItems() { return items; }
}
