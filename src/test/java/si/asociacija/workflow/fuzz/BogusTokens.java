package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.RandomText.randomText;
import static si.asociacija.workflow.fuzz.Text.decoded;
import static si.asociacija.workflow.fuzz.Text.path;
import static si.asociacija.workflow.fuzz.Text.show;
import static si.asociacija.workflow.fuzz.Text.showEncoded;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import si.asociacija.workflow.fuzz.RealCases.Target;

/** Tokens of private links that are not ours: each shown readably, and as it goes in the path. */
final class BogusTokens {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** Look-alikes of token characters (Cyrillic, Greek, full-width, dashes), path-encoded. */
    private static final String[] LOOKALIKES = {"%D0%B0", "%D0%BE", "%CE%BF", "%EF%BC%A1", "%E2%80%90", "%E2%80%91", "%EF%BC%BF",
            "%C2%AD", "%E2%80%8B", "%CC%81"};

    private BogusTokens() {
    }

    /** Fixed ones, ones made from the real tokens, and random ones (path-encoded). */
    static List<String[]> bogusTokens(Random random, int randomCount, List<Target> real) {
        List<String[]> tokens = new ArrayList<>();
        for (String t : new String[] {"abc", "-1", "0", "99999999999999999999", "%00", "a%00b", "%0D%0A", "%0A", "%20",
                "%09", "null", "undefined", "true", "%2E%2E", "%2F", "a%2Fb", "%5C", "%25", "%2525", "*", "%2A", "%3B",
                "a;b", "%3F", "%23", "%7B%7D", "%27%20OR%20%271%27%3D%271", "%3Cscript%3E", "%E2%80%8B",
                "%C4%8D%C5%A1%C5%BE", "%F0%9F%98%80", "%ED%A0%80", "%FF", "%C0%AF", "A".repeat(43), "A".repeat(64),
                "A".repeat(65), "x".repeat(4000), "x".repeat(9000), "MA-2026-0001", "SC-2026-0001"}) {
            tokens.add(new String[] {showEncoded(t), t});
        }
        for (Target target : real) {
            String t = target.token();
            String prefix = "(" + target.label().replace("real token: ", "") + ") ";
            for (String[] d : new String[][] {{"upper case", t.toUpperCase(Locale.ROOT)}, {"without the first character", t.substring(1)},
                    {"with x appended", t + "x"}, {"with %00 appended", t + "%00"}, {"with %20 appended", t + "%20"},
                    {"with %20 before", "%20" + t}, {"with %0A appended", t + "%0A"}, {"with ;x appended", t + ";x"},
                    {"with %3B appended", t + "%3B"}, {"with / appended", t + "/"}, {"with /. appended", t + "/."},
                    {"with %2F appended", t + "%2F"}, {"one character changed", t.substring(0, 10)
                            + (t.charAt(10) == 'A' ? 'B' : 'A') + t.substring(11)}}) {
                tokens.add(new String[] {prefix + d[0], d[1]});
            }
        }
        for (int i = 0; i < randomCount; i++) {
            if (i % 2 == 0) {
                byte[] bytes = new byte[32];
                random.nextBytes(bytes);
                String t = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                tokens.add(new String[] {"random token-shaped " + t, t});
            } else {
                String t = randomText(random, 60, true);
                tokens.add(new String[] {show(t), path(t)});
            }
        }
        return tokens;
    }

    /**
     * {@code count} tokens generated from the real ones (path-encoded, each shown readably): cut to a length of
     * every class, lengthened, characters changed, swapped, doubled, in the other case, look-alikes, bytes and
     * characters inserted, encoded twice, suffixes; all of them the token of no link.
     */
    static List<String[]> mutatedTokens(Random random, int count, List<String> real) {
        List<String[]> tokens = new ArrayList<>();
        while (tokens.size() < count) {
            String t = real.get(random.nextInt(real.size()));
            String label;
            String m;
            int at = random.nextInt(t.length());
            switch (random.nextInt(11)) {
                case 0 -> {
                    int length = Math.min(t.length() - 1, new int[] {1, 2 + random.nextInt(6), 8 + random.nextInt(16), 24 + random.nextInt(Math.max(1, t.length() - 25)),
                            t.length() - 1}[random.nextInt(5)]);
                    m = t.substring(0, length);
                    label = "cut to " + length;
                }
                case 1 -> {
                    StringBuilder more = new StringBuilder(t);
                    for (int n = 1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 8); n > 0; n--) {
                        more.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                    m = more.toString();
                    label = "lengthened to " + m.length();
                }
                case 2 -> {
                    char[] chars = t.toCharArray();
                    int n = 1 + random.nextInt(3);
                    for (int i = 0; i < n; i++) {
                        int p = random.nextInt(chars.length);
                        chars[p] = ALPHABET.charAt((ALPHABET.indexOf(chars[p]) + 1 + random.nextInt(63)) % 64);
                    }
                    m = new String(chars);
                    label = n + " character(s) changed";
                }
                case 3 -> {
                    m = t.substring(at) + t.substring(0, at);
                    label = "rotated by " + at;
                }
                case 4 -> {
                    m = random.nextBoolean() ? t + t : new StringBuilder(t).reverse().toString();
                    label = m.length() > t.length() ? "doubled" : "reversed";
                }
                case 5 -> {
                    m = t.toUpperCase(Locale.ROOT).equals(t) ? t.toLowerCase(Locale.ROOT) : t.toUpperCase(Locale.ROOT);
                    if (random.nextBoolean()) {
                        char c = t.charAt(at);
                        char other = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
                        m = t.substring(0, at) + other + t.substring(at + 1);
                    }
                    label = "in another case";
                }
                case 6 -> {
                    String look = LOOKALIKES[random.nextInt(LOOKALIKES.length)];
                    m = t.substring(0, at) + look + t.substring(random.nextBoolean() ? at + 1 : at);
                    label = "look-alike " + showEncoded(look) + " at " + at;
                }
                case 7 -> {
                    String b = String.format("%%%02X", random.nextInt(256));
                    m = t.substring(0, at) + b + t.substring(at);
                    label = "byte " + b + " at " + at;
                }
                case 8 -> {
                    String text = randomText(random, 6, false);
                    m = t.substring(0, at) + path(text) + t.substring(at);
                    label = show(text) + " at " + at;
                }
                case 9 -> {
                    String encoded = path(t.substring(at, at + 1)).equals(t.substring(at, at + 1))
                            ? String.format("%%25%02X", (int) t.charAt(at)) : path(t.substring(at, at + 1));
                    m = t.substring(0, at) + encoded + t.substring(at + 1);
                    label = "character " + at + " encoded twice";
                }
                default -> {
                    String suffix = new String[] {"%3B", ";a=b", "%2F", "/..", "%2F..", "%00", "%20", ".", ".json", ".html", "~",
                            "%23", "%3F", "*", "%0D%0A", "%09", "\\", "%5C"}[random.nextInt(18)];
                    m = random.nextBoolean() ? t + suffix : suffix + t;
                    label = "with " + showEncoded(suffix);
                }
            }
            if (!real.contains(decoded(m)) && !m.isEmpty() && !m.equals(t)) {
                tokens.add(new String[] {label + " " + showEncoded(m), m});
            }
        }
        return tokens;
    }
}
