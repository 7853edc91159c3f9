package si.asociacija.workflow.privacy;

/**
 * The wording a person consents to when they apply or ask for help, in Slovene and English. Its version
 * is taken from the wording itself, so changed words are a new version, and every version given is kept.
 */
public interface PrivacyNotice {

    /** The version of the wording intakes show now (recorded with each consent). */
    String version();

    /** The wording in {@code sl} or {@code en}. */
    String text(String language);
}
