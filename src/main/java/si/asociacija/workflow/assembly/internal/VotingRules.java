package si.asociacija.workflow.assembly.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.assembly.internal.AgendaItem.Kind;
import si.asociacija.workflow.assembly.internal.AgendaItem.Outcome;

/**
 * The statute's majorities, applied to the counts of a closed item: a resolution passes with more FOR
 * than AGAINST among the votes cast (or than half of those who could vote, if so configured); a statute
 * change needs the configured share (two thirds) of the members present; an election fills its seats by
 * most votes and flags a tie for the seat it decides.
 */
@Component
class VotingRules {

    private final AssemblySettings settings;

    VotingRules(AssemblySettings settings) {
        this.settings = settings;
    }

    /** {@code counts}: FOR/AGAINST/ABSTAIN, or votes per candidate; {@code present}: votes that could be cast. */
    Tally decide(AgendaItem item, Map<String, Integer> counts, int present) {
        if (item.getKind() == Kind.ELECTION) {
            return election(item, counts);
        }
        int votesFor = counts.getOrDefault(Tally.FOR, 0);
        int against = counts.getOrDefault(Tally.AGAINST, 0);
        int abstain = counts.getOrDefault(Tally.ABSTAIN, 0);
        boolean adopted = switch (item.getKind()) {
            case STATUTE_CHANGE -> present > 0 && settings.statuteChange().reachedBy(votesFor, present);
            case RESOLUTION -> settings.resolutionMajority() == AssemblySettings.ResolutionMajority.PRESENT
                    ? 2L * votesFor > present : votesFor > against;
            default -> throw new IllegalStateException("item " + item.getNumber() + " has no vote");
        };
        return new Tally(votesFor, against, abstain, adopted ? Outcome.ADOPTED : Outcome.REJECTED,
                votesFor == against, List.of(), Map.of());
    }

    private static Tally election(AgendaItem item, Map<String, Integer> counts) {
        Map<String, Integer> ranked = new LinkedHashMap<>();
        item.getCandidates().stream()
                .sorted(Comparator.comparing((String c) -> -counts.getOrDefault(c, 0)))
                .forEach(c -> ranked.put(c, counts.getOrDefault(c, 0)));
        List<Map.Entry<String, Integer>> order = new ArrayList<>(ranked.entrySet());
        int seats = Math.min(item.getSeats(), order.size());
        boolean tie = seats < order.size() && seats > 0
                && order.get(seats - 1).getValue().equals(order.get(seats).getValue());
        int cut = tie ? order.get(seats - 1).getValue() : -1;
        List<String> elected = order.subList(0, seats).stream()
                .filter(e -> e.getValue() > 0 && e.getValue() != cut).map(Map.Entry::getKey).toList();
        Outcome outcome = elected.size() == item.getSeats() ? Outcome.ADOPTED : Outcome.REJECTED;
        return new Tally(0, 0, counts.getOrDefault(Tally.ABSTAIN, 0), outcome, tie, elected, ranked);
    }
}
