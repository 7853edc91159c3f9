package si.asociacija.workflow.board.internal;

/**
 * Quorum and majority of the governing board. Quorum: more than {@code quorumShare} of the board
 * has voted (abstentions count). Majority {@link Majority#OF_VOTES_CAST}: more approve than reject;
 * {@link Majority#OF_BOARD}: more than half of the whole board approves.
 */
public record VotingRules(double quorumShare, Majority majority) {

    public enum Majority { OF_VOTES_CAST, OF_BOARD }

    public enum Outcome { APPROVED, REJECTED, NO_QUORUM }

    /** The votes cast so far on one motion, out of a board of {@code boardSize}. */
    public record Tally(int boardSize, int approve, int reject, int abstain) {

        public int cast() {
            return approve + reject + abstain;
        }

        public int outstanding() {
            return Math.max(0, boardSize - cast());
        }
    }

    public boolean quorum(Tally t) {
        return t.cast() > quorumShare * t.boardSize();
    }

    /** The outcome if voting closed now. */
    public Outcome outcome(Tally t) {
        if (!quorum(t)) {
            return Outcome.NO_QUORUM;
        }
        return passes(t.approve(), t.reject(), t.boardSize()) ? Outcome.APPROVED : Outcome.REJECTED;
    }

    /** True when quorum is reached and no outstanding vote can change the outcome. */
    public boolean settled(Tally t) {
        if (!quorum(t)) {
            return false;
        }
        int m = t.outstanding();
        boolean passesWhateverComes = passes(t.approve(), t.reject() + m, t.boardSize());
        boolean failsWhateverComes = !passes(t.approve() + m, t.reject(), t.boardSize());
        return passesWhateverComes || failsWhateverComes;
    }

    private boolean passes(int approve, int reject, int boardSize) {
        return majority == Majority.OF_BOARD ? approve * 2 > boardSize : approve > reject;
    }
}
