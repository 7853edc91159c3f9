package si.asociacija.workflow.privacy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One anonymisation run (an erasure request or the nightly retention run): the records anonymised, by
 * kind ({@code membership/applications}) and reference, and the processes whose history goes with them.
 * It holds references only, never the data removed.
 */
public final class Erasure {

    /** What an anonymised record shows where the person's name was. */
    public static final String ANONYMISED_NAME = "—";

    private final Instant now;
    private final Map<String, Set<String>> anonymised = new TreeMap<>();
    private final Set<String> processes = new LinkedHashSet<>();

    public Erasure(Instant now) {
        this.now = Objects.requireNonNull(now, "now");
    }

    /** The time of the run: retention periods end before it, anonymised records carry it. */
    public Instant now() {
        return now;
    }

    /**
     * Notes an anonymised record; {@code process} says that the engine's history of the processes with
     * this reference as business key goes too.
     */
    public void anonymised(String kind, String reference, boolean process) {
        anonymised.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(Objects.requireNonNull(reference, "reference"));
        if (process) {
            processes.add(reference);
        }
    }

    /** The references anonymised, by kind. */
    public Map<String, Set<String>> byKind() {
        return Collections.unmodifiableMap(anonymised);
    }

    /** Every reference anonymised in this run. */
    public Set<String> references() {
        Set<String> all = new LinkedHashSet<>();
        anonymised.values().forEach(all::addAll);
        return all;
    }

    /** The business keys whose process history is removed. */
    public Set<String> processes() {
        return Collections.unmodifiableSet(processes);
    }

    public int count() {
        return anonymised.values().stream().mapToInt(Set::size).sum();
    }
}
