package si.asociacija.workflow.board.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code asociacija.board.*}: who the board is, how long a vote runs, and the voting rules. */
@ConfigurationProperties("asociacija.board")
record BoardSettings(@DefaultValue("board") String group,
                     @DefaultValue("P7D") Duration defaultVotingPeriod,
                     @DefaultValue("P2D") Duration reminderBeforeDeadline,
                     @DefaultValue("0.5") double quorumShare,
                     @DefaultValue("OF_VOTES_CAST") VotingRules.Majority majority) {

    VotingRules rules() {
        return new VotingRules(quorumShare, majority);
    }
}
