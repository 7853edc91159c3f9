package si.asociacija.workflow.assembly.internal;

import java.util.Map;

import si.asociacija.workflow.assembly.internal.AgendaItem.Kind;
import si.asociacija.workflow.shared.InvalidInputException;

/** The counts staff enter from the paper ballots of a secret vote must fit the number of paper ballots. */
final class PaperCounts {

    private PaperCounts() {
    }

    static void check(AgendaItem item, int ballots, Map<String, Integer> counts) {
        if (counts == null || counts.isEmpty()) {
            throw InvalidInputException.of("counts", "are required");
        }
        int sum = 0;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            boolean known = item.getKind() == Kind.ELECTION
                    ? item.getCandidates().contains(count.getKey()) || Tally.ABSTAIN.equals(count.getKey())
                    : Tally.CHOICES.contains(count.getKey());
            if (!known) {
                throw InvalidInputException.of("counts", "'" + count.getKey() + "' is not a choice of item " + item.getNumber());
            }
            if (count.getValue() == null || count.getValue() < 0 || count.getValue() > ballots) {
                throw InvalidInputException.of("counts", count.getKey() + " must be between 0 and " + ballots);
            }
            sum += count.getValue();
        }
        int most = item.getKind() == Kind.ELECTION ? ballots * item.getSeats() : ballots;
        if (item.getKind() != Kind.ELECTION && sum != ballots || sum > most) {
            throw InvalidInputException.of("counts", "add up to " + sum + " for " + ballots + " paper ballot(s)");
        }
    }
}
