package si.asociacija.workflow.advocacy.internal;

import si.asociacija.workflow.shared.Labelled;

/** How the government's cover letter answered the position; {@code NO_ANSWER} when the waiting period ended first. */
enum Reception implements Labelled {
    FULLY, MOSTLY, PARTLY, NOT, NO_ANSWER;

    @Override
    public String messageKey() {
        return "advocacy.reception." + name();
    }
}
