package si.asociacija.workflow.membership.internal;

/** Where an application stands, as the applicant reads it. */
enum ApplicationStatus {
    RECEIVED("Prejeta", "Received", true),
    MISSING_INFO("Čaka na dopolnitev", "Waiting for missing information", true),
    INFO_PROVIDED("Dopolnjena", "Missing information provided", true),
    BOARD_VOTING("V odločanju upravnega odbora", "Being decided by the governing board", true),
    APPROVED("Odobrena — dobrodošli med člani", "Approved — welcome as a member", false),
    REJECTED("Zavrnjena", "Rejected", false),
    WITHDRAWN("Umaknjena (dopolnitev ni prispela)", "Withdrawn (missing information did not arrive)", false);

    private final String sl;
    private final String en;
    private final boolean open;

    ApplicationStatus(String sl, String en, boolean open) {
        this.sl = sl;
        this.en = en;
        this.open = open;
    }

    String label(String language) {
        return "en".equals(language) ? en : sl;
    }

    boolean open() {
        return open;
    }
}
