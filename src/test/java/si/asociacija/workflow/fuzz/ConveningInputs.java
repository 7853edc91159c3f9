package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.JsonValues.js;
import static si.asociacija.workflow.fuzz.JsonValues.mutations;
import static si.asociacija.workflow.fuzz.Text.show;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import si.asociacija.workflow.fuzz.JsonValues.FieldSpec;
import si.asociacija.workflow.fuzz.JsonValues.Kind;
import si.asociacija.workflow.fuzz.JsonValues.Mutation;

/** Bad convening requests: bad values of the assembly's fields and of an agenda item's, and bad agendas. */
final class ConveningInputs {

    private ConveningInputs() {
    }

    private static Mutation m(String label, String raw) {
        return new Mutation(label, v -> raw, true, true);
    }

    static Map<String, String> conveningFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", js("Redna skupščina"));
        fields.put("startsAt", js(FuzzAssembly.startsAt().toString()));
        fields.put("place", js("Metelkova 6, Ljubljana"));
        fields.put("remoteVoting", "true");
        fields.put("items", "[" + FuzzAssembly.NAMED + "]");
        return fields;
    }

    static Map<String, List<Mutation>> conveningMutations() {
        Map<String, List<Mutation>> bad = new LinkedHashMap<>();
        bad.put("title", mutations(new FieldSpec("title", Kind.TEXT, true, true, 200)));
        bad.put("startsAt", startsAt());
        bad.put("place", mutations(new FieldSpec("place", Kind.TEXT, true, true, 300)));
        bad.put("remoteVoting", mutations(new FieldSpec("remoteVoting", Kind.BOOLEAN, true, true, 0)).stream()
                .filter(m -> !m.label().equals("false")).toList());
        return bad;
    }

    /** Not a time, no time, a time without the notice period, or one that cannot be an assembly's. */
    private static List<Mutation> startsAt() {
        ZoneId ljubljana = ZoneId.of("Europe/Ljubljana");
        List<Mutation> list = new ArrayList<>();
        for (String time : new String[] {"", " ", "abc", "2030-13-45T10:00", "2030-02-30T10:00", "2030-01-01", "10:00",
                "2030-01-01 10:00", "2030-01-01T25:00", "01.01.2030 10:00", "2030-01-01T10:00+01:00", "2030-01-01T10:00[Europe/Ljubljana]",
                "2020-01-01T10:00", "0000-01-01T00:00", "-999999999-01-01T00:00", "+999999999-12-31T23:59", "+10000-01-01T00:00",
                LocalDateTime.now(ljubljana).plusDays(1).truncatedTo(ChronoUnit.MINUTES).toString(),
                LocalDateTime.now(ljubljana).truncatedTo(ChronoUnit.MINUTES).toString(), "x".repeat(10_000)}) {
            list.add(m(show(time), js(time)));
        }
        for (String raw : new String[] {"null", "42", "1e400", "true", "[]", "{}", "[\"2030-01-01T10:00\"]"}) {
            list.add(m(raw, raw));
        }
        return list;
    }

    static Map<String, String> itemFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", js("Sprejem letnega poročila"));
        fields.put("description", js("Poročilo za leto 2025.\nPriloga: bilanca."));
        fields.put("kind", js("RESOLUTION"));
        fields.put("ballot", js("SECRET"));
        return fields;
    }

    /** Bad values of an item's fields; a ballot of only invisible characters counts as none, as for every optional choice. */
    static Map<String, List<Mutation>> itemMutations() {
        Map<String, List<Mutation>> bad = new LinkedHashMap<>();
        bad.put("title", mutations(new FieldSpec("title", Kind.TEXT, true, true, 300)));
        bad.put("description", mutations(new FieldSpec("description", Kind.TEXT, false, false, 4000)).stream()
                .filter(m -> !m.label().endsWith(" only")).toList());
        bad.put("kind", mutations(new FieldSpec("kind", Kind.ENUM, true, true, 0)));
        bad.put("ballot", mutations(new FieldSpec("ballot", Kind.ENUM, false, true, 0)).stream()
                .filter(m -> !m.label().endsWith(" only")).toList());
        return bad;
    }

    /** Bad agenda items: the raw JSON of {@code items}. */
    static Map<String, String> badItems() {
        Map<String, String> items = new LinkedHashMap<>();
        for (String raw : new String[] {"null", "[]", "[null]", "[1]", "[\"x\"]", "[[]]", "{}", "\"x\"", "42", "true"}) {
            items.put(raw, raw);
        }
        items.put("51 items", "[" + String.join(",", Collections.nCopies(51, FuzzAssembly.NAMED)) + "]");
        items.put("no title", "[{\"kind\":\"RESOLUTION\"}]");
        items.put("no kind", "[{\"title\":\"Sklep\"}]");
        String election = "{\"title\":\"Volitve\",\"kind\":\"ELECTION\"";
        items.put("an election without seats", "[" + election + ",\"candidates\":[\"Ana\",\"Bor\"]}]");
        items.put("an election without candidates", "[" + election + ",\"seats\":1}]");
        items.put("an election named", "[" + election + ",\"ballot\":\"NAMED\",\"seats\":1,\"candidates\":[\"Ana\",\"Bor\"]}]");
        items.put("a resolution with seats", "[{\"title\":\"Sklep\",\"kind\":\"RESOLUTION\",\"seats\":1}]");
        items.put("a resolution with candidates", "[{\"title\":\"Sklep\",\"kind\":\"RESOLUTION\",\"candidates\":[\"Ana\"]}]");
        for (String seats : new String[] {"0", "-1", "\"2\"", "2.5", "true", "1e400", "1" + "0".repeat(30), "2147483648", "[2]", "{}"}) {
            items.put("an election, seats " + seats, "[" + election + ",\"seats\":" + seats + ",\"candidates\":[\"Ana\",\"Bor\"]}]");
        }
        Map<String, String> candidates = new LinkedHashMap<>();
        candidates.put("[]", "[]");
        candidates.put("\"Ana\"", "\"Ana\"");
        candidates.put("[null]", "[null]");
        candidates.put("[\"\"]", "[\"\"]");
        candidates.put("[\"Ana\", \"  \"]", "[\"Ana\",\"  \"]");
        candidates.put("[\"Ana\", zero-width space]", "[\"Ana\",\"\\u200b\"]");
        candidates.put("[\"Ana\", \"Ana\"]", "[\"Ana\",\"Ana\"]");
        candidates.put("[\"Ana\", \" Ana \"]", "[\"Ana\",\" Ana \"]");
        candidates.put("[\"Ana\\nBor\"]", "[\"Ana\\nBor\"]");
        candidates.put("[\"Ana\\u2028Bor\"]", "[\"Ana\\u2028Bor\"]");
        candidates.put("[\"Ana\\u0000\"]", "[\"Ana\\u0000\"]");
        candidates.put("[1, 2]", "[1,2]");
        candidates.put("[[\"Ana\"]]", "[[\"Ana\"]]");
        candidates.put("{\"Ana\": true}", "{\"Ana\":true}");
        candidates.put("a name of 201 characters", "[" + js("x".repeat(201)) + "]");
        candidates.put("51 candidates", names(51, 10));
        candidates.put("50 candidates of 200 characters", names(50, 200));
        candidates.put("30 candidates of 150 characters", names(30, 150));
        candidates.forEach((label, raw) -> items.put("an election, candidates " + label,
                "[" + election + ",\"seats\":1,\"candidates\":" + raw + "}]"));
        return items;
    }

    private static String names(int count, int length) {
        return IntStream.range(0, count).mapToObj(i -> js(String.format("%0" + length + "d", i)))
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** A ballot of only invisible characters: no ballot given, so the item is a named vote. */
    static String invisibleBallot() {
        return "[{\"title\":\"Sklep\",\"kind\":\"RESOLUTION\",\"ballot\":\"\\u200b\\u200b\"}]";
    }
}
