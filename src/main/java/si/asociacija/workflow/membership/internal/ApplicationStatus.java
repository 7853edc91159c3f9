package si.asociacija.workflow.membership.internal;

import si.asociacija.workflow.shared.Labelled;

/** Where an application stands, as the applicant reads it. */
enum ApplicationStatus implements Labelled {
    RECEIVED(true),
    MISSING_INFO(true),
    INFO_PROVIDED(true),
    BOARD_VOTING(true),
    APPROVED(false),
    REJECTED(false),
    WITHDRAWN(false);

    private final boolean open;

    ApplicationStatus(boolean open) {
        this.open = open;
    }

    @Override
    public String messageKey() {
        return "applicationStatus." + name();
    }

    boolean open() {
        return open;
    }
}
