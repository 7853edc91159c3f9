package si.asociacija.workflow.counselling.internal;

import si.asociacija.workflow.shared.Labelled;

/** What a client asks about. */
public enum Topic implements Labelled {
    SOCIAL_SECURITY,
    SELF_EMPLOYED_REGISTER,
    TAXES,
    CONTRACTS_COPYRIGHT,
    FUNDING_CALLS,
    OTHER;

    @Override
    public String messageKey() {
        return "topic." + name();
    }

    static boolean valid(String value) {
        for (Topic topic : values()) {
            if (topic.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
