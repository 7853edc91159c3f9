package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.JsonValues.js;
import static si.asociacija.workflow.fuzz.Text.show;
import static si.asociacija.workflow.fuzz.Text.utf8;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

import si.asociacija.workflow.fuzz.JsonValues.FieldSpec;
import si.asociacija.workflow.fuzz.JsonValues.Kind;
import si.asociacija.workflow.fuzz.MalformedBytes.Broken;

/**
 * Malformed JSON bodies generated from a valid one, knowing its fields ({@link FieldSpec}): a value of
 * another type, nested at random, with characters no text may hold, blank, over its length, an unknown
 * choice, letters in digits, an address without its {@code @}; a required field dropped or its key
 * misspelt, a key twice, the body wrapped, a key no request has (where keys are checked); bodies over the
 * size limit; and the body broken as bytes ({@link MalformedBytes}). Other fields may carry valid but
 * unusual text (accents, emoji, joiners, right-to-left marks) and come in another order. Every body is
 * one a correct endpoint refuses; each says which fields a 400 may name (none: any or none).
 */
final class MalformedJson {

    /** A generated body, and the fields one of which a 400 must name (empty: any). */
    record Mutant(String label, byte[] body, String... fields) {
    }

    /** Characters no text may hold (controls but tab and newline, a lone CR, lone surrogates, U+FFFD). */
    private static final String[] NEVER = {"\u0000", "\u0001", "\u0007", "\b", "\u000b", "\f", "\u001b", "\u001f", "\rx", "\u007f",
            "\u0080", "\u0085", "\u009b", "\u009f", "\ud800", "\udbff", "\udc00", "\udfff", "\ufffd"};
    private static final String[] LINE_BREAKS = {"\n", "\r\n", "\u2028", "\u2029"};
    private static final String[] INVISIBLE = {"", " ", "\t", "\u00a0", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u3000"};
    /** Valid but unusual text: accents, emoji, combining marks, joiners, bidirectional marks, other scripts. */
    private static final String[] UNUSUAL = {"čšž ČŠŽ", "ß€", "\ud83d\ude00", "\ud83d\udc69\u200d\ud83d\udcbb", "e\u0301",
            "\u202eabc\u202c", "\u200e", "日本語", "العربية", "Ⅻ١", "\ufb01", "\u00ad"};
    private static final String[] WRONG_TYPES = {"42", "-1", "0", "3.14", "-0.0", "1e400", "1" + "0".repeat(30), "true", "false",
            "[]", "{}", "[[]]", "{\"\":null}"};

    private final Random random;
    private final List<FieldSpec> fields;
    private final boolean otherKeysRefused;

    /** {@code otherKeysRefused}: whether the endpoint refuses a key it does not know (else it ignores it). */
    MalformedJson(Random random, List<FieldSpec> fields, boolean otherKeysRefused) {
        this.random = random;
        this.fields = fields;
        this.otherKeysRefused = otherKeysRefused;
    }

    /** A malformed body made from this valid one (raw JSON per field, in the order of the fields). */
    Mutant next(Map<String, String> valid) {
        Map<String, String> body = new LinkedHashMap<>(valid);
        List<String> carried = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            carried.add(decorate(body, null));
        }
        if (random.nextInt(4) == 0) {
            carried.add(shuffle(body));
        }
        String with = carried.isEmpty() ? "" : " (" + String.join(", ", carried) + ")";
        int family = random.nextInt(100);
        if (family < 50) {
            FieldSpec f = fields.get(random.nextInt(fields.size()));
            return valueMutant(body, f, with);
        }
        if (family < 70) {
            return structure(body, with);
        }
        if (family < 72) {
            FieldSpec f = textField();
            body.put(f.name(), js("x".repeat(65_536 + random.nextInt(20_000))));
            return new Mutant(f.name() + ": over 64 KB" + with, utf8(object(body)));
        }
        decorate(body, "čšž ß € \ud83d\ude00");
        Broken b = MalformedBytes.broken(random, rawObject(body));
        return new Mutant("body " + b.label() + with, b.body());
    }

    private Mutant valueMutant(Map<String, String> body, FieldSpec f, String with) {
        String value = body.get(f.name());
        boolean text = value.startsWith("\"");
        String s = text ? value.substring(1, value.length() - 1) : value;
        String label;
        String raw;
        int op = random.nextInt(text || f.kind() == Kind.NAMES ? 6 : 2);
        if (op == 0) {
            raw = WRONG_TYPES[random.nextInt(WRONG_TYPES.length)];
            if (f.kind() == Kind.BOOLEAN && (raw.equals("true") || raw.equals("false"))) {
                raw = js(raw);
            }
            if (f.kind() == Kind.NAMES && raw.startsWith("[")) {
                raw = "{}";
            }
            label = "of another type: " + show(raw);
        } else if (op == 1) {
            int depth = 1 + random.nextInt(40);
            raw = nest(f.kind() == Kind.NAMES ? value : random.nextBoolean() ? value : "[" + value + "]", depth, f.kind() == Kind.NAMES);
            label = "nested " + depth + " deep";
        } else if (f.kind() == Kind.NAMES) {
            return namesMutant(body, f, s, with);
        } else if (op == 2) {
            String inserted = pick(NEVER);
            if (f.singleLine() && random.nextBoolean()) {
                inserted = pick(LINE_BREAKS);
            }
            raw = js(insert(unescaped(s), inserted));
            label = "holds " + show(inserted);
        } else if (op == 3 && f.required()) {
            StringBuilder blank = new StringBuilder();
            for (int n = random.nextInt(5); n > 0; n--) {
                blank.append(pick(INVISIBLE));
            }
            raw = js(blank.toString());
            label = "blank " + show(blank.toString());
        } else if (op == 4 && f.max() > 0) {
            int length = f.max() + 1 + random.nextInt(f.max());
            raw = js(f.kind() == Kind.EMAIL ? "a".repeat(length - 11) + "@example.si"
                    : (f.kind() == Kind.DIGITS ? "1" : "x").repeat(length));
            label = length + " characters (at most " + f.max() + ")";
        } else {
            raw = js(kindMutation(f, unescaped(s)));
            label = show(unescaped(raw.substring(1, raw.length() - 1)));
        }
        body.put(f.name(), raw);
        return new Mutant(f.name() + ": " + label + with, utf8(object(body)), f.name(), f.name() + "[0]");
    }

    private Mutant namesMutant(Map<String, String> body, FieldSpec f, String list, String with) {
        List<String> names = new ArrayList<>(List.of(list.substring(1, list.length() - 1).split(",")));
        int i = random.nextInt(names.size());
        String label;
        switch (random.nextInt(4)) {
            case 0 -> {
                names.set(i, pick(new String[] {"null", "1", "true", "[]", "{}", "[" + names.get(i) + "]"}));
                label = "a name of another type: " + names.get(i);
            }
            case 1 -> {
                names.set(i, js(insert(unescaped(names.get(i).replace("\"", "")), pick(NEVER))));
                label = "a name with a character no text may hold";
            }
            case 2 -> {
                names.set(i, "\"" + names.get(i).replace("\"", "") + "X\"");
                label = "a name no one has: " + names.get(i);
            }
            default -> {
                names.add(names.get(i));
                label = "a name twice";
            }
        }
        body.put(f.name(), "[" + String.join(",", names) + "]");
        return new Mutant(f.name() + ": " + label + with, utf8(object(body)), f.name(), f.name() + "[" + i + "]",
                f.name() + "[" + (names.size() - 1) + "]");
    }

    /** An unknown choice, letters among digits, an address without {@code @}, or a line break in one line. */
    private String kindMutation(FieldSpec f, String s) {
        return switch (f.kind()) {
            case ENUM -> switch (random.nextInt(4)) {
                case 0 -> s + pick(new String[] {"X", "_", "0", "S", "ž"});
                case 1 -> s.equals(s.toLowerCase(Locale.ROOT)) ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
                case 2 -> s.substring(1);
                default -> s + s;
            };
            case DIGITS -> insert(s, String.valueOf((char) ('a' + random.nextInt(26))));
            case EMAIL -> random.nextBoolean() ? s.replace("@", "") : insert(s.substring(0, s.indexOf('@')), "@") + s.substring(s.indexOf('@'));
            default -> insert(s, f.singleLine() ? pick(LINE_BREAKS) : pick(NEVER));
        };
    }

    private Mutant structure(Map<String, String> body, String with) {
        List<FieldSpec> required = fields.stream().filter(FieldSpec::required).toList();
        int op = random.nextInt(otherKeysRefused ? 5 : 4);
        if (op == 0 && !required.isEmpty()) {
            FieldSpec f = required.get(random.nextInt(required.size()));
            body.remove(f.name());
            return new Mutant("without " + f.name() + with, utf8(object(body)));
        }
        if (op == 1 && !required.isEmpty()) {
            FieldSpec f = required.get(random.nextInt(required.size()));
            String key = misspelt(f.name());
            Map<String, String> renamed = new LinkedHashMap<>();
            body.forEach((k, v) -> renamed.put(k.equals(f.name()) ? key : k, v));
            return new Mutant("key " + f.name() + " misspelt " + show(key) + with, utf8(object(renamed)));
        }
        if (op == 2) {
            String key = new ArrayList<>(body.keySet()).get(random.nextInt(body.size()));
            String json = object(body);
            String pair = js(key) + ":" + body.get(key);
            String twice = random.nextBoolean() ? "{" + pair + "," + json.substring(1) : json.substring(0, json.length() - 1) + "," + pair + "}";
            return new Mutant("key " + key + " twice" + with, utf8(twice), key);
        }
        if (op == 4) {
            String key = misspelt(pick(new String[] {"note", "id", "extra", "__proto__", "constructor", "$ref"}));
            body.put(key, pick(new String[] {"null", "1", "\"x\"", "{}", "[]"}));
            return new Mutant("a key no request has: " + show(key) + with, utf8(object(body)));
        }
        int depth = 1 + random.nextInt(30);
        return new Mutant("the body nested " + depth + " deep" + with, utf8(nest(object(body), depth, random.nextBoolean())));
    }

    /** Valid but unusual text appended to a text field (the one named, else one at random); what was done. */
    private String decorate(Map<String, String> body, String text) {
        List<FieldSpec> texts = fields.stream().filter(f -> f.kind() == Kind.TEXT && body.containsKey(f.name())
                && body.get(f.name()).startsWith("\"")).toList();
        if (texts.isEmpty()) {
            return "nothing unusual";
        }
        FieldSpec f = texts.get(random.nextInt(texts.size()));
        String v = body.get(f.name());
        String added = text != null ? text : pick(UNUSUAL);
        body.put(f.name(), js(unescaped(v.substring(1, v.length() - 1)) + " " + added));
        return f.name() + " with " + show(added);
    }

    private String shuffle(Map<String, String> body) {
        List<String> keys = new ArrayList<>(body.keySet());
        Collections.shuffle(keys, random);
        Map<String, String> copy = new LinkedHashMap<>(body);
        body.clear();
        keys.forEach(k -> body.put(k, copy.get(k)));
        return "keys in another order";
    }

    private FieldSpec textField() {
        return fields.stream().filter(f -> f.kind() == Kind.TEXT).findFirst().orElse(fields.get(0));
    }

    private String misspelt(String key) {
        return switch (random.nextInt(5)) {
            case 0 -> key.toUpperCase(Locale.ROOT);
            case 1 -> key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
            case 2 -> key + "s";
            case 3 -> " " + key;
            default -> key.substring(1);
        };
    }

    private String nest(String value, int depth, boolean arrays) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            b.append(arrays || random.nextInt(3) == 0 ? "[" : "{\"" + (char) ('a' + i % 26) + "\":");
        }
        String open = b.toString();
        b.append(value);
        for (int i = open.length() - 1; i >= 0; i--) {
            char c = open.charAt(i);
            if (c == '[') {
                b.append(']');
            } else if (c == '{') {
                b.append('}');
            }
        }
        return b.toString();
    }

    private String insert(String s, String inserted) {
        int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
        while (at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at))) {
            at--;
        }
        return s.substring(0, at) + inserted + s.substring(at);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** The raw JSON of each value of a valid request (strings and booleans). */
    static Map<String, String> raw(Map<String, Object> valid) {
        Map<String, String> raw = new LinkedHashMap<>();
        valid.forEach((key, value) -> raw.put(key, value instanceof Boolean ? value.toString() : js((String) value)));
        return raw;
    }

    static String object(Map<String, String> raw) {
        StringJoiner object = new StringJoiner(",", "{", "}");
        raw.forEach((key, value) -> object.add(js(key) + ":" + value));
        return object.toString();
    }

    /** The object with its text as written (not as \\u escapes), for the bytes to show other encodings. */
    private static String rawObject(Map<String, String> raw) {
        StringJoiner object = new StringJoiner(",", "{", "}");
        raw.forEach((key, value) -> object.add(js(key) + ":" + (value.startsWith("\"")
                ? "\"" + unescaped(value.substring(1, value.length() - 1)).replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : value)));
        return object.toString();
    }

    /** The text of a JSON string's inside as written by {@link JsonValues#js}. */
    private static String unescaped(String inside) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '\\' && i + 1 < inside.length()) {
                char n = inside.charAt(++i);
                if (n == 'u') {
                    b.append((char) Integer.parseInt(inside.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    b.append(n);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
