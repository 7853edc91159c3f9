package si.asociacija.workflow.shared;

/**
 * Texts shown in task forms travel as process variables, which hold at most 4000 characters; longer
 * texts are shortened here (the full text stays in the record).
 */
public final class TaskText {

    /** Room left under the engine's 4000-character limit for a string variable. */
    public static final int MAX = 3900;
    private static final String SHORTENED = "\n… (skrajšano, celotno besedilo je v evidenci / shortened, the full text is in the record)";

    private TaskText() {
    }

    /** The beginning of a long text. */
    public static String head(String text) {
        if (text == null || text.length() <= MAX) {
            return text;
        }
        return text.substring(0, MAX - SHORTENED.length()) + SHORTENED;
    }

    /** The end of a long text (e.g. the newest messages of a thread). */
    public static String tail(String text) {
        if (text == null || text.length() <= MAX) {
            return text;
        }
        String prefix = "… (starejša sporočila so v evidenci / older messages are in the record)\n";
        return prefix + text.substring(text.length() - (MAX - prefix.length()));
    }
}
