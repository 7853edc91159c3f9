package si.asociacija.workflow.shared;

/**
 * What text people may give us: no control characters but newline and tab (a CR/LF pair counts as a
 * newline), no lone UTF-16 surrogates, no replacement character (bytes that were not UTF-8), no line
 * break at all in single-line fields (names, addresses, email addresses: they end up in mail headers),
 * and a value of only spaces or invisible characters counts as blank.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Line breaks as {@code \n}: browsers send CR/LF from text areas. */
    public static String normalise(String value) {
        return value == null ? null : value.replace("\r\n", "\n");
    }

    /** Blank: null, empty, or only whitespace and invisible characters (zero-width spaces, joiners, BOM). */
    public static boolean isBlank(String value) {
        return value == null || value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || invisible(c));
    }

    /** Why a text is refused, or null when it is fine. */
    public static String problem(String value, boolean singleLine) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an invalid character (a lone UTF-16 surrogate)";
            } else if (c == '\n' || (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n')) {
                if (singleLine) {
                    return "must be a single line";
                }
            } else if (c == '\u2028' || c == '\u2029') {
                if (singleLine) {
                    return "must be a single line";
                }
            } else if (c == '\uFFFD') {
                return "contains a character that was not valid UTF-8";
            } else if (c != '\t' && (Character.getType(c) == Character.CONTROL)) {
                return "contains a control character (U+" + String.format("%04X", (int) c) + ")";
            }
        }
        return null;
    }

    private static boolean invisible(int c) {
        return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0x180E
                || Character.getType(c) == Character.FORMAT;
    }
}
