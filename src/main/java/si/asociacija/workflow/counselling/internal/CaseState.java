package si.asociacija.workflow.counselling.internal;

/** Where a case stands, as the client reads it. */
enum CaseState {
    RECEIVED("Prejeto", "Received"),
    ASSIGNED("Dodeljeno svetovalcu", "Assigned to a counsellor"),
    IN_PROGRESS("V obravnavi", "In progress"),
    WAITING_FOR_CLIENT("Čakamo na vaš odgovor", "Waiting for your reply"),
    RESOLVED("Rešeno", "Resolved"),
    CLOSED("Zaključeno", "Closed");

    private final String sl;
    private final String en;

    CaseState(String sl, String en) {
        this.sl = sl;
        this.en = en;
    }

    String label(String language) {
        return "en".equals(language) ? en : sl;
    }
}
