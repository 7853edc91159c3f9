package si.asociacija.workflow.assembly.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import si.asociacija.workflow.assembly.internal.AgendaItem.Ballot;
import si.asociacija.workflow.assembly.internal.AgendaItem.Kind;
import si.asociacija.workflow.assembly.internal.AgendaItem.Outcome;

/** The statute's majorities and their configuration. */
class VotingRulesTest {

    private static VotingRules rules(AssemblySettings.ResolutionMajority majority, String statuteChange) {
        return new VotingRules(new AssemblySettings(Duration.ofDays(14), 2, Share.valueOf("1/2"), Duration.ofMinutes(30), 0,
                majority, Share.valueOf(statuteChange)));
    }

    private static final VotingRules DEFAULT = rules(AssemblySettings.ResolutionMajority.VOTES_CAST, "2/3");

    private static AgendaItem item(Kind kind, Integer seats, List<String> candidates) {
        return new AgendaItem(1, "Točka", null, kind, kind == Kind.ELECTION ? Ballot.SECRET : Ballot.NAMED, seats, candidates);
    }

    @Test
    void aResolutionPassesWithMoreForThanAgainstAmongTheVotesCast() {
        AgendaItem resolution = item(Kind.RESOLUTION, null, null);
        assertThat(DEFAULT.decide(resolution, Map.of("FOR", 3, "AGAINST", 2, "ABSTAIN", 10), 20).outcome()).isEqualTo(Outcome.ADOPTED);
        Tally tie = DEFAULT.decide(resolution, Map.of("FOR", 2, "AGAINST", 2), 4);
        assertThat(tie.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(tie.tie()).isTrue();
        assertThat(rules(AssemblySettings.ResolutionMajority.PRESENT, "2/3").decide(resolution,
                Map.of("FOR", 3, "AGAINST", 2, "ABSTAIN", 10), 20).outcome()).as("3 of 20 is no majority of those present")
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aStatuteChangeNeedsTheConfiguredShareOfThosePresent() {
        AgendaItem change = item(Kind.STATUTE_CHANGE, null, null);
        assertThat(DEFAULT.decide(change, Map.of("FOR", 20), 30).outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(DEFAULT.decide(change, Map.of("FOR", 19, "AGAINST", 0), 30).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(rules(AssemblySettings.ResolutionMajority.VOTES_CAST, "3/4").decide(change, Map.of("FOR", 20), 30).outcome())
                .isEqualTo(Outcome.REJECTED);
        assertThat(DEFAULT.decide(change, Map.of(), 0).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void anElectionFillsTheSeatsByMostVotesAndFlagsTheTieForTheLastSeat() {
        AgendaItem election = item(Kind.ELECTION, 2, List.of("Ana", "Bor", "Cene", "Darja"));
        Tally clear = DEFAULT.decide(election, Map.of("Ana", 5, "Bor", 4, "Cene", 3, "Darja", 0), 6);
        assertThat(clear.elected()).containsExactly("Ana", "Bor");
        assertThat(clear.tie()).isFalse();
        assertThat(clear.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(clear.candidates()).containsKeys("Ana", "Bor", "Cene", "Darja");

        Tally tied = DEFAULT.decide(election, Map.of("Ana", 5, "Bor", 3, "Cene", 3), 6);
        assertThat(tied.elected()).containsExactly("Ana");
        assertThat(tied.tie()).isTrue();
        assertThat(tied.outcome()).isEqualTo(Outcome.REJECTED);

        Tally tiedAtTheTop = DEFAULT.decide(election, Map.of("Ana", 4, "Bor", 4, "Cene", 4), 6);
        assertThat(tiedAtTheTop.elected()).isEmpty();
        assertThat(tiedAtTheTop.tie()).isTrue();

        Tally tieWithinTheSeats = DEFAULT.decide(election, Map.of("Ana", 4, "Bor", 4, "Cene", 1), 6);
        assertThat(tieWithinTheSeats.elected()).containsExactlyInAnyOrder("Ana", "Bor");
        assertThat(tieWithinTheSeats.tie()).as("a tie that decides no seat").isFalse();
    }

    @Test
    void aShareIsWrittenAsAFraction() {
        assertThat(Share.valueOf(" 2 / 3 ").reachedBy(2, 3)).isTrue();
        assertThat(Share.valueOf("1/2").exceededBy(2, 4)).isFalse();
        assertThat(Share.valueOf("1/2").exceededBy(3, 4)).isTrue();
        assertThatThrownBy(() -> Share.valueOf("two thirds")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Share.valueOf("3/2")).isInstanceOf(IllegalArgumentException.class);
    }
}
