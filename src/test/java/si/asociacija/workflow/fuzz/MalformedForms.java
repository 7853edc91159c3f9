package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.RandomText.randomText;
import static si.asociacija.workflow.fuzz.RandomText.surelyBadText;
import static si.asociacija.workflow.fuzz.Text.query;
import static si.asociacija.workflow.fuzz.Text.show;

import java.util.Locale;
import java.util.Random;

/**
 * Malformed form bodies ({@code application/x-www-form-urlencoded}) of one parameter, generated from a
 * valid one: a value no endpoint takes, bytes that are not UTF-8, broken percent escapes, the key
 * misspelt or dropped, the parameter twice, the body cut before its value; each with harmless company
 * (other parameters, stray separators, spaces as {@code +} or {@code %20}). Every body is one a correct
 * endpoint refuses.
 */
final class MalformedForms {

    /** A generated body and what is wrong with it. */
    record Form(String label, String body) {
    }

    private static final String[] NOT_UTF8 = {"%FF", "%C3%28", "%C0%AF", "%ED%A0%80", "%80", "%E8", "%F8%88%80%80%80", "%C4"};
    private static final String[] BROKEN_ESCAPES = {"%", "%Z", "%ZZ", "%G1", "%1", "%%", "%u0041", "%-1"};
    private static final String[] BLANK = {"", "+", "%20%20", "%09", "%E2%80%8B", "%C2%A0", "%EF%BB%BF", "%E2%81%A0%E2%80%8D",
            "%0A", "%0D%0A"};
    private static final String[] RATINGS = {"0", "6", "-1", "-0", "+3", "03", "3.0", "3e0", "1e1", "0x3", "3 ", " 3", "%EF%BC%93",
            "%D9%A3", "%E2%85%A2", "three", "NaN", "true", "2147483648", "99999999999999999999", "1,5", "3%00", "%003", "3%0A",
            "%E2%80%8B3", "3%E2%80%8B", "33", "12"};

    private final Random random;

    MalformedForms(Random random) {
        this.random = random;
    }

    /** A bad answer: none, twice, not text a person typed, over {@code limit} characters, or not decodable. */
    Form answer(int limit) {
        String value;
        String label;
        switch (random.nextInt(5)) {
            case 0 -> {
                String text = surelyBadText(random, false);
                value = encode(text);
                label = "answer " + show(text);
            }
            case 1 -> {
                value = pick(BLANK) + pick(BLANK);
                label = "answer blank " + value;
            }
            case 2 -> {
                int length = limit + 1 + random.nextInt(limit);
                value = "x".repeat(length);
                label = "answer of " + length + " characters (at most " + limit + ")";
            }
            default -> {
                value = broken(encode(randomText(random, 30, false)));
                label = "answer " + value;
            }
        }
        return form("answer", value, label);
    }

    /** A bad rating: not one of 1 to 5, none, twice, or not decodable. */
    Form rating() {
        String value;
        String label;
        switch (random.nextInt(4)) {
            case 0 -> value = pick(RATINGS);
            case 1 -> value = String.valueOf(random.nextInt(2) == 0 ? 6 + random.nextInt(1000) : -random.nextInt(1000));
            case 2 -> {
                String text = randomText(random, 8, false);
                value = encode(text.matches("[1-5]") ? text + "x" : text);
            }
            default -> value = broken(String.valueOf(1 + random.nextInt(5)));
        }
        label = "rating " + value;
        if (value.matches("[1-5]")) {
            value = value + "x";
        }
        return form("rating", value, label);
    }

    /** The parameter with a bad value, or a good-looking one made bad by its key or company. */
    private Form form(String key, String badValue, String label) {
        String body;
        switch (random.nextInt(8)) {
            case 0 -> {
                String misspelt = misspelt(key);
                body = misspelt + "=" + badValue;
                label = "key " + show(misspelt) + ", " + label;
            }
            case 1 -> {
                body = key + "=" + badValue + "&" + key + "=" + (random.nextBoolean() ? badValue : "3");
                label = "twice, " + label;
            }
            case 2 -> {
                int cut = random.nextInt(key.length() + 1);
                body = key.substring(0, cut);
                label = "cut at " + cut;
            }
            default -> {
                body = key + "=" + badValue;
            }
        }
        switch (random.nextInt(5)) {
            case 0 -> body = "&" + body + "&";
            case 1 -> body = "x=1&" + body;
            case 2 -> body = body + "&submit=" + query("Pošlji");
            default -> {
            }
        }
        return new Form(label, body);
    }

    /** Spaces as + or %20, the rest percent-encoded as a browser does, or every byte percent-encoded. */
    private String encode(String text) {
        String encoded = query(text);
        return random.nextBoolean() ? encoded : encoded.replace("+", "%20");
    }

    /** Bytes that are not UTF-8, or a broken escape, somewhere in an encoded value. */
    private String broken(String encoded) {
        String inserted = random.nextBoolean() ? pick(NOT_UTF8) : pick(BROKEN_ESCAPES);
        int at = encoded.isEmpty() ? 0 : random.nextInt(encoded.length() + 1);
        while (at > 0 && at < encoded.length() && (encoded.charAt(at - 1) == '%' || at > 1 && encoded.charAt(at - 2) == '%')) {
            at--;
        }
        return encoded.substring(0, at) + inserted + encoded.substring(at);
    }

    private String misspelt(String key) {
        return switch (random.nextInt(6)) {
            case 0 -> key.toUpperCase(Locale.ROOT);
            case 1 -> key + "s";
            case 2 -> "%20" + key;
            case 3 -> key + "%00";
            case 4 -> key.substring(1);
            default -> key + "[]";
        };
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
