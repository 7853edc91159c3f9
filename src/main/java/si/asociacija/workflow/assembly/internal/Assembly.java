package si.asociacija.workflow.assembly.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * CONVENED until it starts; REGISTRATION from {@code startsAt} until staff open it; POSTPONED when it was
     * not quorate; IN_SESSION while the agenda is worked through; MINUTES once the last item is closed;
     * CLOSED when the minutes are confirmed; NOT_HELD when too few came after the postponement.
     */
    enum State { CONVENED, REGISTRATION, POSTPONED, IN_SESSION, MINUTES, CLOSED, NOT_HELD }

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

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "postponed_until")
    private Instant postponedUntil;

    private Boolean quorate;

    @Column(length = 200)
    private String chair;

    @Column(length = 200)
    private String recorder;

    /** The two minute verifiers, one per line. */
    @Column(length = 500)
    private String verifiers;

    @Column(name = "closed_at")
    private Instant closedAt;

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
    Instant getOpenedAt() { return openedAt; }
    Instant getPostponedUntil() { return postponedUntil; }
    Boolean getQuorate() { return quorate; }
    String getChair() { return chair; }
    String getRecorder() { return recorder; }
    List<String> getVerifiers() { return verifiers == null ? List.of() : List.of(verifiers.split("\n")); }
    Instant getClosedAt() { return closedAt; }

    boolean isInState(State... states) {
        return Arrays.asList(states).contains(state);
    }

    AgendaItem item(int number) {
        return items.stream().filter(i -> i.getNumber() == number).findFirst().orElse(null);
    }

    void startRegistration() {
        if (state == State.CONVENED) {
            state = State.REGISTRATION;
        }
    }

    void workingBodies(String chair, String recorder, List<String> verifiers) {
        this.chair = chair;
        this.recorder = recorder;
        this.verifiers = String.join("\n", verifiers);
    }

    void open(Instant now) {
        state = State.IN_SESSION;
        quorate = true;
        openedAt = now;
    }

    void postpone(Instant until) {
        state = State.POSTPONED;
        quorate = false;
        postponedUntil = until;
    }

    void notHeld(Instant now) {
        state = State.NOT_HELD;
        quorate = false;
        closedAt = now;
    }

    void agendaDone() {
        state = State.MINUTES;
    }

    void close(Instant now) {
        state = State.CLOSED;
        closedAt = now;
    }
}
