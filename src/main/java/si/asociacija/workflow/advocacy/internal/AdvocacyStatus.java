package si.asociacija.workflow.advocacy.internal;

/** Where an advocacy case stands. */
enum AdvocacyStatus {
    /** Staff are deciding whether to act. */
    REVIEW,
    /** Staff decided not to act (the reason is kept). */
    NOT_ACTING,
    /** Members of the fields concerned are giving their views until the cut-off. */
    GATHERING_VIEWS,
    /** The lead drafts the position (again, after the board rejected it). */
    DRAFTING,
    /** The board decides on the position. */
    WITH_BOARD,
    /** The board approved the position; staff send it. */
    SUBMITTING,
    /** Sent; waiting for the government's answer. */
    AWAITING_OUTCOME,
    /** The outcome is recorded, or the waiting period ended without one. */
    CLOSED
}
