package si.asociacija.workflow.counselling.internal;

import si.asociacija.workflow.shared.Labelled;

/** Where a case stands, as the client reads it. */
public enum CaseState implements Labelled {
    RECEIVED,
    ASSIGNED,
    IN_PROGRESS,
    WAITING_FOR_CLIENT,
    RESOLVED,
    CLOSED;

    @Override
    public String messageKey() {
        return "caseState." + name();
    }
}
