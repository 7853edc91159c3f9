package si.asociacija.workflow.membership.internal;

enum ApplicantType {
    ORGANISATION("organizacija / organisation"),
    INDIVIDUAL("samozaposleni / self-employed");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
