package si.asociacija.workflow.board.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import si.asociacija.workflow.board.internal.VotingRules.Majority;
import si.asociacija.workflow.board.internal.VotingRules.Outcome;
import si.asociacija.workflow.board.internal.VotingRules.Tally;

class VotingRulesTest {

    private final VotingRules rules = new VotingRules(0.5, Majority.OF_VOTES_CAST);

    @Test
    void quorumNeedsMoreThanHalfOfTheBoard() {
        assertThat(rules.quorum(new Tally(13, 3, 2, 1))).isFalse();
        assertThat(rules.quorum(new Tally(13, 3, 2, 2))).isTrue();
        assertThat(rules.quorum(new Tally(12, 3, 2, 1))).isFalse();
        assertThat(rules.quorum(new Tally(12, 3, 2, 2))).isTrue();
    }

    @Test
    void abstentionsCountForQuorumButNotForMajority() {
        assertThat(rules.outcome(new Tally(13, 1, 0, 6))).isEqualTo(Outcome.APPROVED);
        assertThat(rules.outcome(new Tally(13, 1, 1, 6))).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void tieIsRejected() {
        assertThat(rules.outcome(new Tally(13, 4, 4, 0))).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void withoutQuorumThereIsNoOutcome() {
        assertThat(rules.outcome(new Tally(13, 6, 0, 0))).isEqualTo(Outcome.NO_QUORUM);
        assertThat(rules.settled(new Tally(13, 6, 0, 0))).isFalse();
    }

    @Test
    void settledOnceOutstandingVotesCannotChangeTheOutcome() {
        assertThat(rules.settled(new Tally(13, 7, 0, 0))).isTrue();
        assertThat(rules.settled(new Tally(13, 0, 7, 0))).isTrue();
        assertThat(rules.settled(new Tally(13, 5, 2, 0))).isFalse();
        assertThat(rules.settled(new Tally(13, 4, 4, 5))).isTrue();
    }

    @Test
    void majorityOfTheWholeBoardCanBeRequired() {
        VotingRules strict = new VotingRules(0.5, Majority.OF_BOARD);
        assertThat(strict.outcome(new Tally(13, 6, 1, 1))).isEqualTo(Outcome.REJECTED);
        assertThat(strict.outcome(new Tally(13, 7, 1, 0))).isEqualTo(Outcome.APPROVED);
        assertThat(strict.settled(new Tally(13, 7, 0, 0))).isTrue();
        assertThat(strict.settled(new Tally(13, 2, 5, 1))).isFalse();
        assertThat(strict.settled(new Tally(13, 1, 6, 1))).isTrue();
    }
}
