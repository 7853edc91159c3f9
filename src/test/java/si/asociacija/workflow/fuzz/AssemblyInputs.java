package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.JsonValues.js;
import static si.asociacija.workflow.fuzz.JsonValues.mutations;
import static si.asociacija.workflow.fuzz.RandomText.lenientNumber;
import static si.asociacija.workflow.fuzz.RandomText.randomText;
import static si.asociacija.workflow.fuzz.Text.path;
import static si.asociacija.workflow.fuzz.Text.show;
import static si.asociacija.workflow.fuzz.Text.showEncoded;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import si.asociacija.workflow.fuzz.JsonValues.FieldSpec;
import si.asociacija.workflow.fuzz.JsonValues.Kind;
import si.asociacija.workflow.fuzz.JsonValues.Mutation;

/** Bad inputs of an assembly in session: membership numbers, working bodies, ballots, item numbers, references, receipts. */
final class AssemblyInputs {

    private AssemblyInputs() {
    }

    /** Two entries, in this order. */
    static <V> Map<String, V> inOrder(String key, V value, String otherKey, V otherValue) {
        Map<String, V> map = new LinkedHashMap<>();
        map.put(key, value);
        map.put(otherKey, otherValue);
        return map;
    }

    // ---------------------------------------------------------------------------------------------
    // members and working bodies
    // ---------------------------------------------------------------------------------------------

    /** Bad values of a text field compared with what is stored (a membership number): types, control characters, blanks. */
    static List<Mutation> text(boolean required) {
        return mutations(new FieldSpec("text", Kind.TEXT, required, false, 0));
    }

    /** Bad ways of taking part: not IN_PERSON or REMOTE. */
    static List<Mutation> mode() {
        return mutations(new FieldSpec("mode", Kind.ENUM, false, false, 0));
    }

    /** Bad choices of a resolution: not FOR, AGAINST or ABSTAIN. */
    static List<Mutation> choices() {
        return mutations(new FieldSpec("choice", Kind.ENUM, true, false, 0));
    }

    /** Membership numbers (raw JSON) that no convened member has, made from a real one. */
    static List<String[]> memberNumbers(String real) {
        List<String[]> numbers = new ArrayList<>();
        for (String n : new String[] {"M-1999-9999", "M-0000-0000", real.toLowerCase(Locale.ROOT), real.replace("-", ""),
                real + "0", real.substring(1), real + "\u200b", real.replace("-", "\u2011"), "' OR '1'='1", "%", "*",
                "x".repeat(5000)}) {
            numbers.add(new String[] {show(n), js(n)});
        }
        return numbers;
    }

    static Map<String, String> workingBodies() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("chair", js("Ana Novak"));
        fields.put("recorder", js("Bor Kralj"));
        fields.put("verifiers", "[\"Cvetka Zupan\",\"Darja Horvat\"]");
        return fields;
    }

    static Map<String, List<Mutation>> workingBodyMutations() {
        return inOrder("chair", mutations(new FieldSpec("chair", Kind.TEXT, true, true, 200)),
                "recorder", mutations(new FieldSpec("recorder", Kind.TEXT, true, true, 200)));
    }

    /** Bad lists of the two minute verifiers. */
    static Map<String, String> badVerifiers() {
        Map<String, String> verifiers = new LinkedHashMap<>();
        for (String raw : new String[] {"null", "[]", "[\"Cvetka Zupan\"]", "[\"A\",\"B\",\"C\"]", "\"Cvetka Zupan\"", "{}",
                "[null,\"B\"]", "[\"\",\"B\"]", "[\"A\",\"\\u200b\"]", "[\"A\",\"   \"]", "[1,2]", "[[\"A\"],\"B\"]",
                "[\"A\\nB\",\"C\"]", "[\"A\\u2028B\",\"C\"]", "[\"A\\u0000\",\"B\"]", "[\"A\",\"B\\r\"]", "[true,false]",
                "[" + js("x".repeat(201)) + ",\"B\"]"}) {
            verifiers.put(raw.length() > 60 ? "[<201 x>, \"B\"]" : raw, raw);
        }
        return verifiers;
    }

    // ---------------------------------------------------------------------------------------------
    // ballots
    // ---------------------------------------------------------------------------------------------

    /** Bad candidate lists of the election of two of Ana, Bor and Cene. */
    static Map<String, String> badCandidates() {
        Map<String, String> candidates = new LinkedHashMap<>();
        for (String raw : new String[] {"\"Ana\"", "[\"Zed\"]", "[\"Ana\",\"Bor\",\"Cene\"]", "[\"Ana\",\"Ana\"]", "[\"ana\"]",
                "[\"ANA\"]", "[null]", "[\"Ana\",null]", "[\"\"]", "[\" \"]", "[\"\\u200bAna\"]", "[\"Ana\\u0000\"]",
                "[\"Ana\\u2028\"]", "[\"C:Ana\"]", "[\"ABSTAIN\"]", "[1]", "[true]", "[[\"Ana\"]]", "[{\"name\":\"Ana\"}]",
                "{\"Ana\":true}", "42", "true", "[\"Ana\",\"Bor\",\"Ana\"]", "[\"Ana\\nBor\"]",
                "[" + js("x".repeat(60_000)) + "]", "[" + String.join(",", Collections.nCopies(1000, "\"Ana\"")) + "]"}) {
            candidates.put(raw.length() > 60 ? show(raw, 60) : raw, raw);
        }
        return candidates;
    }

    /** Ballots that are not a clear vote: unknown or misspelt keys, the other kind of ballot, a key twice. */
    static Map<String, String> ballotBodies(boolean election, String represented) {
        Map<String, String> bodies = new LinkedHashMap<>();
        if (election) {
            bodies.put("unknown key: candidate (misspelt)", "{\"candidate\":[\"Ana\"]}");
            bodies.put("unknown key: For (misspelt for)", "{\"candidates\":[\"Ana\"],\"For\":" + represented + "}");
            bodies.put("unknown key next to candidates", "{\"candidates\":[\"Ana\"],\"note\":\"x\"}");
            bodies.put("a choice in an election", "{\"choice\":\"FOR\"}");
            bodies.put("a choice next to candidates", "{\"candidates\":[\"Ana\"],\"choice\":\"AGAINST\"}");
            bodies.put("duplicate key: candidates", "{\"candidates\":[\"Ana\"],\"candidates\":[\"Bor\"]}");
        } else {
            bodies.put("unknown key: choise (misspelt)", "{\"choise\":\"FOR\"}");
            bodies.put("unknown key: For (misspelt for)", "{\"choice\":\"FOR\",\"For\":" + represented + "}");
            bodies.put("unknown key next to a choice", "{\"choice\":\"FOR\",\"note\":\"x\"}");
            bodies.put("candidates on a resolution", "{\"choice\":\"FOR\",\"candidates\":[\"Ana\"]}");
            bodies.put("duplicate key: choice AGAINST, then FOR", "{\"choice\":\"AGAINST\",\"choice\":\"FOR\"}");
            bodies.put("choice null, for null", "{\"choice\":null,\"for\":null}");
        }
        bodies.put("duplicate key: for", "{\"for\":" + represented + ",\"for\":null}");
        return bodies;
    }

    /** Bad paper ballots of a secret item: who voted (member 3 did, on paper) and the counts. */
    static Map<String, String> secretPaper(List<String> numbers, boolean election, String counts) {
        String three = js(numbers.get(3));
        String first = election ? "Ana" : "FOR";
        Map<String, String> who = new LinkedHashMap<>();
        who.put("voted: 3 as a string", three);
        who.put("voted: []", "[]");
        who.put("voted: [null]", "[null]");
        who.put("voted: [1]", "[1]");
        who.put("voted: 4, not checked in", "[" + js(numbers.get(4)) + "]");
        who.put("voted: 0, who voted on the link", "[" + js(numbers.get(0)) + "]");
        who.put("voted: M-1999-9999", "[\"M-1999-9999\"]");
        who.put("voted: 3 with a NUL", "[" + js(numbers.get(3) + "\u0000") + "]");
        who.put("voted: null", "null");
        Map<String, String> bodies = new LinkedHashMap<>();
        who.forEach((label, voted) -> bodies.put(label, "{\"voted\":" + voted + ",\"counts\":" + counts + "}"));
        bodies.put("voted: 3 twice, counted twice", "{\"voted\":[" + three + "," + three + "],\"counts\":{\"" + first + "\":2}}");
        bodies.put("no voted", "{\"counts\":" + counts + "}");
        List<String> bad = new ArrayList<>(List.of("{}", "null", "[1]", js(first), "{\"" + first + "\":2}", "{\"" + first + "\":-1}",
                "{\"" + first + "\":\"1\"}", "{\"" + first + "\":1.0}", "{\"" + first + "\":null}", "{\"" + first + "\":true}",
                "{\"" + first + "\":1e400}", "{\"" + first + "\":2147483648}", "{\"" + first + "\":" + "1" + "0".repeat(30) + "}",
                "{\"" + first.toLowerCase(Locale.ROOT) + "\":1}", "{\"YES\":1}", "{\"" + first + "\":1,\"" + first + "\":1}",
                "{\"\\u0000\":1}", "{\"" + first + "\":[1]}", "{\"" + first + "\":{\"a\":1}}", "{\"ABSTAIN\":2}"));
        if (election) {
            bad.addAll(List.of("{\"Zed\":1}", "{\"C:Ana\":1}", "{\"FOR\":1}", "{\"Ana\":1,\"Bor\":1,\"Cene\":1}"));
        } else {
            bad.addAll(List.of("{\"FOR\":0}", "{\"FOR\":1,\"AGAINST\":1}", "{\"Ana\":1}"));
        }
        for (String c : bad) {
            bodies.put("counts: " + c, "{\"voted\":[" + three + "],\"counts\":" + c + "}");
        }
        bodies.put("no counts", "{\"voted\":[" + three + "]}");
        return bodies;
    }

    // ---------------------------------------------------------------------------------------------
    // path parameters
    // ---------------------------------------------------------------------------------------------

    /** Item numbers (path-encoded) other than the item at hand: the other items, none, not numbers; random ones. */
    static List<String[]> badNumbers(Random random, int randomCount, int current) {
        List<String[]> numbers = new ArrayList<>();
        for (int item = 1; item <= 4; item++) {
            if (item != current) {
                numbers.add(new String[] {item + " (not at hand)", String.valueOf(item)});
            }
        }
        for (String n : new String[] {"abc", "-1", "0", "5", "99", "99999999999999999999", "2147483648", "-2147483649", "1.5", "1e1",
                "%00", current + "%00", "%20", "NaN", "true", "%E2%80%8B", "1".repeat(1000), "%2F", "null", "%ZZ", current + ";x"}) {
            numbers.add(new String[] {showEncoded(n), n});
        }
        for (int i = 0; i < randomCount; i++) {
            String value = randomText(random, 12, true);
            if (!value.isEmpty() && !lenientNumber(value, Integer.class)) {
                numbers.add(new String[] {show(value), path(value)});
            }
        }
        return numbers;
    }

    /** References (path-encoded) of no assembly, made from the real one, and random ones. */
    static List<String[]> badReferences(Random random, int randomCount, String reference) {
        List<String[]> references = new ArrayList<>();
        for (String r : new String[] {"SK-2026-99", "SK-0000-00", "abc", "%00", "x".repeat(300), "%2E%2E", "MA-2026-0001", "%20",
                reference + "x", reference.toLowerCase(Locale.ROOT), "%20" + reference, reference + "%20", reference + "%00",
                reference.substring(0, reference.length() - 1), "*", "%25", "%27%20OR%20%271%27%3D%271", reference + "%2F"}) {
            references.add(new String[] {showEncoded(r), r});
        }
        for (int i = 0; i < randomCount; i++) {
            String value = randomText(random, 30, true);
            if (!value.isEmpty() && !value.equals(reference)) {
                references.add(new String[] {show(value), path(value)});
            }
        }
        return references;
    }

    /** Receipts (path-encoded) that were not handed out, some made from a real one, and random ones. */
    static List<String[]> badReceipts(Random random, int randomCount, String real) {
        List<String[]> receipts = new ArrayList<>();
        for (String r : new String[] {"abc", "%00", "%20", real.toUpperCase(Locale.ROOT), real.substring(1), real + "x",
                real.substring(0, 10) + (real.charAt(10) == 'A' ? 'B' : 'A') + real.substring(11),
                "%25", "*", "%27%20OR%20%271%27%3D%271", "x".repeat(4000), "A".repeat(43)}) {
            receipts.add(new String[] {showEncoded(r), r});
        }
        for (int i = 0; i < randomCount; i++) {
            String value = randomText(random, 50, true);
            if (!value.isEmpty()) {
                receipts.add(new String[] {show(value), path(value)});
            }
        }
        return receipts;
    }
}
