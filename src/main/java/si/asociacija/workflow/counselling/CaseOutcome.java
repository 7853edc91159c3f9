package si.asociacija.workflow.counselling;

/** How an assistance case ended. */
public enum CaseOutcome { RESOLVED, NO_REPLY, SPAM, DUPLICATE }
