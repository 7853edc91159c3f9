package si.asociacija.workflow.fuzz;

import java.util.Random;

import org.springframework.util.NumberUtils;

/** Random hostile text from the endpoint's seeded random, and what Spring would still take as a number. */
final class RandomText {

    private static final String[] PIECES = {"a", "Z", "7", "0", " ", "-", "_", ".", "@", "/", "\\", "\"", "'", "%", "&", "=",
            "+", "?", "#", ";", ",", "<", ">", "{", "}", "[", "]", ":", "*", "\u0000", "\u0007", "\u001b", "\r", "\n", "\t",
            "\u007f", "\u0085", "\u009b", "č", "Ž", "ß", "€", "\u200b", "\u200e", "\u202e", "\ufeff", "\u00a0", "\ud83d\ude00",
            "\ud800", "\udfff", "\uffff", "\ufffd", "١", "Ⅻ"};
    /** Without lone surrogates: they cannot travel percent-encoded in UTF-8. */
    private static final String[] BAD_PIECES = {"\u0000", "\u0007", "\u001b[2J", "\rx", "\u007f", "\u0085", "\u009b", "\u0001"};

    private RandomText() {
    }

    /** Up to {@code maxLength} pieces: letters, digits, punctuation, controls, invisible and foreign characters. */
    static String randomText(Random random, int maxLength, boolean withSurrogates) {
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            if (!withSurrogates && (piece.equals("\ud800") || piece.equals("\udfff"))) {
                piece = "?";
            }
            b.append(piece);
        }
        return b.toString();
    }

    /** Random text with at least one control character or lone CR (or lone surrogate) in it. */
    static String surelyBadText(Random random, boolean withSurrogates) {
        return surelyBad(randomText(random, 40, withSurrogates) + badPiece(random, withSurrogates)
                + randomText(random, 10, withSurrogates));
    }

    private static String badPiece(Random random, boolean withSurrogates) {
        if (withSurrogates && random.nextInt(4) == 0) {
            return random.nextBoolean() ? "\ud800" : "\udfff";
        }
        return BAD_PIECES[random.nextInt(BAD_PIECES.length)];
    }

    /** The text, with a NUL appended unless it already has a control character (not tab or CRLF) or a lone surrogate. */
    private static String surelyBad(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                i++;
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n'
                    && !(c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n'))) {
                return text;
            }
        }
        return text + "\u0000";
    }

    /** Whether Spring turns this text into a number of that type (leniently: whitespace, hex, octal, Unicode digits). */
    static boolean lenientNumber(String text, Class<? extends Number> type) {
        try {
            NumberUtils.parseNumber(text, type);
            return true;
        } catch (IllegalArgumentException notANumber) {
            return false;
        }
    }
}
