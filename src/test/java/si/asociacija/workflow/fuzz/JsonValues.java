package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.ValidRequests.freshEmail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Hostile JSON: bad values of a field (wrong types, control characters, lone surrogates, invisible
 * values, over-long and deeply nested values), bad bodies as a whole, and wrong content types.
 */
final class JsonValues {

    /** NAMES: a list of names (an election's candidates); only {@link MalformedJson} makes values of it. */
    enum Kind { TEXT, EMAIL, ENUM, DIGITS, BOOLEAN, NAMES }

    /** A field of a JSON request: what kind of value, whether required and on one line, its length limit (0: none). */
    record FieldSpec(String name, Kind kind, boolean required, boolean singleLine, int max) {
    }

    /** A bad value: its raw JSON, made from the field's valid value. */
    record Mutation(String label, Function<String, String> raw, boolean namesField, boolean combinable) {
    }

    private JsonValues() {
    }

    private static Mutation m(String label, Function<String, String> raw) {
        return new Mutation(label, raw, true, true);
    }

    /** The bad values of a field. */
    static List<Mutation> mutations(FieldSpec f) {
        if (f.kind() == Kind.BOOLEAN) {
            List<Mutation> list = new ArrayList<>();
            for (String raw : new String[] {"123", "0", "1", "-1", "1.0", "0.0", "1" + "0".repeat(30), "1e400", "\"true\"",
                    "\"false\"", "\"yes\"", "\"1\"", "\"\"", "\"TRUE\"", "\"true\\u0000\"", "[true]", "[]", "{}",
                    "{\"value\":true}", "null", "false", "[[[[true]]]]", "\"\\u200btrue\""}) {
                list.add(m(raw.length() > 20 ? "10^30" : raw, v -> raw));
            }
            return list;
        }
        List<Mutation> list = new ArrayList<>(wrongTypes(f));
        list.addAll(badText(f.singleLine()));
        if (f.kind() == Kind.ENUM) {
            list.add(m("other letter case", v -> js(v.equals(v.toLowerCase(Locale.ROOT)) ? v.toUpperCase(Locale.ROOT)
                    : v.toLowerCase(Locale.ROOT))));
            list.add(m("unknown value", v -> js(v.toUpperCase(Locale.ROOT) + "X")));
        }
        if (f.max() > 0) {
            String over = f.kind() == Kind.EMAIL ? "a".repeat(f.max() + 1 - "@example.si".length()) + "@example.si"
                    : f.kind() == Kind.DIGITS ? "1".repeat(f.max() + 1) : "x".repeat(f.max() + 1);
            list.add(m((f.max() + 1) + " characters", v -> js(over)));
        }
        list.add(new Mutation("100 KB", v -> js("x".repeat(100_000)), false, false));
        return list;
    }

    /** Bad values of the answer on a private link: wrong types and bad text. */
    static List<Mutation> answerMutations(int limit) {
        List<Mutation> list = new ArrayList<>(wrongTypes(new FieldSpec("answer", Kind.TEXT, true, false, limit)));
        list.addAll(badText(false));
        list.add(m("empty", v -> "\"\""));
        list.add(m("spaces only", v -> "\"   \""));
        list.add(m((limit + 1) + " characters", v -> js("x".repeat(limit + 1))));
        return list;
    }

    private static List<Mutation> wrongTypes(FieldSpec f) {
        List<Mutation> list = new ArrayList<>();
        list.add(m("number 42", v -> "42"));
        list.add(m("number -1", v -> "-1"));
        list.add(m("number 3.14", v -> "3.14"));
        list.add(m("number 10^30", v -> "1" + "0".repeat(30)));
        list.add(m("number 1e400", v -> "1e400"));
        list.add(m("true", v -> "true"));
        list.add(m("false", v -> "false"));
        list.add(m("empty array", v -> "[]"));
        list.add(m("array holding the value", v -> "[" + js(v) + "]"));
        list.add(m("empty object", v -> "{}"));
        list.add(m("object holding the value", v -> "{\"value\":" + js(v) + "}"));
        list.add(m("arrays nested 50 deep", v -> "[".repeat(50) + js(v) + "]".repeat(50)));
        list.add(new Mutation("arrays nested 5000 deep", v -> "[".repeat(5000) + "]".repeat(5000), false, false));
        if (f.kind() == Kind.DIGITS) {
            list.add(m("the digits as a JSON number", v -> v));
        }
        if ("phone".equals(f.name())) {
            list.add(m("a JSON number", v -> "40123456"));
        }
        if (f.required()) {
            list.add(m("null", v -> "null"));
        }
        return list;
    }

    /** Control characters, lone surrogates, invisible-only values; line breaks too where the field is one line. */
    private static List<Mutation> badText(boolean singleLine) {
        List<Mutation> list = new ArrayList<>();
        list.add(m("NUL at the end", v -> js(v + "\u0000")));
        list.add(m("NUL at the start", v -> js("\u0000" + v)));
        list.add(m("NUL in the middle", v -> js(mid(v, "\u0000"))));
        list.add(m("BEL in the middle", v -> js(mid(v, "\u0007"))));
        list.add(m("ESC sequence at the start", v -> js("\u001b[31m" + v)));
        list.add(m("lone CR in the middle", v -> js(mid(v, "\r"))));
        list.add(m("DEL at the end", v -> js(v + "\u007f")));
        list.add(m("C1 control CSI (U+009B) in the middle", v -> js(mid(v, "\u009b"))));
        list.add(m("NEL (U+0085) at the end", v -> js(v + "\u0085")));
        list.add(m("lone high surrogate \\ud800 at the end", v -> js(v + "\ud800")));
        list.add(m("lone low surrogate \\udc00 at the start", v -> js("\udc00" + v)));
        list.add(m("surrogates in the wrong order in the middle", v -> js(mid(v, "\udc00\ud800"))));
        list.add(m("zero-width spaces only", v -> js("\u200b\u200b")));
        list.add(m("zero-width joiner and word joiner only", v -> js("\u200d\u2060")));
        list.add(m("byte order mark only", v -> js("\ufeff")));
        list.add(m("no-break spaces only", v -> js("\u00a0\u00a0")));
        list.add(m("right-to-left override only", v -> js("\u202e")));
        if (singleLine) {
            list.add(m("CRLF and a mail header at the end", v -> js(v + "\r\nBcc: fuzz@example.com")));
            list.add(m("LF at the end", v -> js(v + "\n")));
            list.add(m("CRLF at the start", v -> js("\r\n" + v)));
            list.add(m("line separator U+2028 in the middle", v -> js(mid(v, "\u2028"))));
        }
        return list;
    }

    private static String mid(String v, String inserted) {
        return v.substring(0, v.length() / 2) + inserted + v.substring(v.length() / 2);
    }

    /** Bad bodies as a whole, each made from a valid body of any JSON endpoint. */
    static Map<String, Function<String, String>> malformedBodies() {
        Map<String, Function<String, String>> bodies = new LinkedHashMap<>();
        bodies.put("empty body", v -> "");
        bodies.put("JSON null", v -> "null");
        bodies.put("JSON array", v -> "[]");
        bodies.put("array holding a valid request", v -> "[" + v + "]");
        bodies.put("number", v -> "42");
        bodies.put("string", v -> "\"text\"");
        bodies.put("true", v -> "true");
        bodies.put("only an opening brace", v -> "{");
        bodies.put("cut off after a key", v -> "{\"name\":");
        bodies.put("closing brace", v -> "}");
        bodies.put("valid request then garbage", v -> v + " xyz");
        bodies.put("valid request then a second object", v -> v + "{}");
        bodies.put("valid request then a closing brace", v -> v + "}");
        bodies.put("valid request without its closing brace", v -> v.substring(0, v.length() - 1));
        bodies.put("single quotes", v -> v.replace('"', '\''));
        bodies.put("unquoted keys", v -> v.replaceAll("\"(\\w+)\":", "$1:"));
        bodies.put("a comment", v -> "/* c */" + v);
        bodies.put("trailing comma", v -> v.substring(0, v.length() - 1) + ",}");
        bodies.put("arrays nested 5000 deep", v -> "[".repeat(5000) + "]".repeat(5000));
        bodies.put("objects nested 3000 deep in an extra field", v -> v.substring(0, v.length() - 1) + ",\"extra\":"
                + "{\"a\":".repeat(3000) + "1" + "}".repeat(3000) + "}");
        return bodies;
    }

    /** Bad bodies to the public intakes: the malformed ones, and ones with their own fields, or just over their size limit. */
    static Map<String, Function<String, String>> badBodies() {
        Map<String, Function<String, String>> bodies = malformedBodies();
        bodies.put("empty object", v -> "{}");
        bodies.put("NaN for consent", v -> v.replace("\"consent\":true", "\"consent\":NaN"));
        bodies.put("duplicate key: name twice", v -> "{\"name\":\"Prvo ime\"," + v.substring(1));
        bodies.put("duplicate key: consent false, then true", v -> "{\"consent\":false," + v.substring(1));
        bodies.put("duplicate key: consent true, then false", v -> v.substring(0, v.length() - 1) + ",\"consent\":false}");
        bodies.put("duplicate key: email twice (two valid addresses)", v -> "{\"email\":" + js(freshEmail()) + "," + v.substring(1));
        bodies.put("body just over 64 KB (valid JSON and spaces)", v -> v + " ".repeat(65_537 - v.length()));
        return bodies;
    }

    /** Bytes that are not UTF-8: what they are, and the bytes in hex. */
    static final String[][] NOT_UTF8 = {{"FF", "ff"}, {"C3 28", "c328"}, {"C0 AF (overlong)", "c0af"},
            {"ED A0 80 (a UTF-8-encoded surrogate)", "eda080"}, {"F8 88 80 80 80 (5 bytes)", "f888808080"},
            {"80 (lone continuation byte)", "80"}};

    /** Wrong content types (null: none), each with the body sent with it, made from a valid body. */
    static Map<String, Function<String, String>> wrongContentTypes() {
        Map<String, Function<String, String>> types = new LinkedHashMap<>();
        types.put("text/plain", v -> v);
        types.put("application/xml", v -> "<request><name>Fuzz</name><consent>true</consent></request>");
        types.put("multipart/form-data; boundary=fuzz", v -> "--fuzz\r\nContent-Disposition: form-data; name=\"request\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + v + "\r\n--fuzz--\r\n");
        types.put("application/x-www-form-urlencoded", v -> "name=Fuzz&email=" + freshEmail() + "&consent=true");
        types.put(null, v -> v);
        types.put("application/json; charset=nope", v -> v);
        types.put("application/json, text/plain", v -> v);
        types.put("application/", v -> v);
        types.put("json", v -> v);
        types.put("application/vnd.api+json", v -> v);
        types.put("application/problem+json", v -> v);
        types.put("*/*", v -> v);
        types.put("application/json; charset=\"", v -> v);
        return types;
    }

    /** A JSON object from the valid values, some fields replaced by raw JSON made from their valid value. */
    static String render(Map<String, Object> valid, Map<String, Function<String, String>> overrides) {
        StringJoiner object = new StringJoiner(",", "{", "}");
        valid.forEach((key, value) -> {
            String raw = overrides.containsKey(key) ? overrides.get(key).apply(String.valueOf(value))
                    : value instanceof Boolean ? value.toString() : js((String) value);
            object.add(js(key) + ":" + raw);
        });
        return object.toString();
    }

    /** A JSON string; every character outside printable ASCII as a \\u escape (lone surrogates too). */
    static String js(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
