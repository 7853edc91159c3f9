package si.asociacija.workflow.counselling.internal;

/** What a client asks about. */
enum Topic {
    SOCIAL_SECURITY("Socialni prispevki", "Social security contributions"),
    SELF_EMPLOYED_REGISTER("Razvid samozaposlenih v kulturi", "Register of self-employed in culture"),
    TAXES("Davki", "Taxes"),
    CONTRACTS_COPYRIGHT("Pogodbe in avtorske pravice", "Contracts and copyright"),
    FUNDING_CALLS("Javni razpisi in pozivi", "Funding calls"),
    OTHER("Drugo", "Other");

    private final String sl;
    private final String en;

    Topic(String sl, String en) {
        this.sl = sl;
        this.en = en;
    }

    String label(String language) {
        return "en".equals(language) ? en : sl;
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
