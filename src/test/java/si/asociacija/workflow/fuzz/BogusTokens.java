package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.RandomText.randomText;
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
}
