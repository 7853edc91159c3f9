package si.asociacija.workflow.assembly.internal;

import java.util.List;
import java.util.Map;

import si.asociacija.workflow.assembly.internal.AgendaItem.Outcome;

/**
 * The counted result of an item: FOR, AGAINST and ABSTAIN, the outcome and, for an election, the votes
 * per candidate (most first), those elected and whether a tie decides a seat.
 */
record Tally(int votesFor, int against, int abstain, Outcome outcome, boolean tie, List<String> elected,
             Map<String, Integer> candidates) {

    static final String FOR = "FOR";
    static final String AGAINST = "AGAINST";
    static final String ABSTAIN = "ABSTAIN";
    static final List<String> CHOICES = List.of(FOR, AGAINST, ABSTAIN);
}
