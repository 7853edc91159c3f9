package si.asociacija.workflow.membership.internal;

import si.asociacija.workflow.shared.Labelled;

enum ApplicantType implements Labelled {
    ORGANISATION,
    INDIVIDUAL;

    @Override
    public String messageKey() {
        return "applicantType." + name();
    }
}
