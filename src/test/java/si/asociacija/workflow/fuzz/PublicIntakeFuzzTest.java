package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.JsonValues.NOT_UTF8;
import static si.asociacija.workflow.fuzz.JsonValues.badBodies;
import static si.asociacija.workflow.fuzz.JsonValues.js;
import static si.asociacija.workflow.fuzz.JsonValues.mutations;
import static si.asociacija.workflow.fuzz.JsonValues.render;
import static si.asociacija.workflow.fuzz.JsonValues.wrongContentTypes;
import static si.asociacija.workflow.fuzz.Text.concat;
import static si.asociacija.workflow.fuzz.Text.hex;
import static si.asociacija.workflow.fuzz.Text.show;
import static si.asociacija.workflow.fuzz.Text.utf8;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import si.asociacija.workflow.fuzz.FuzzHttp.Answer;
import si.asociacija.workflow.fuzz.JsonValues.FieldSpec;
import si.asociacija.workflow.fuzz.JsonValues.Kind;
import si.asociacija.workflow.fuzz.JsonValues.Mutation;
import si.asociacija.workflow.fuzz.MalformedJson.Mutant;

/** The two public JSON intakes: bad fields alone and combined, bad bodies, bad bytes, wrong content types and methods. */
class PublicIntakeFuzzTest extends FuzzTestBase {

    private static final List<FieldSpec> MEMBERSHIP_FIELDS = List.of(
            new FieldSpec("type", Kind.ENUM, true, true, 0),
            new FieldSpec("name", Kind.TEXT, true, true, 200),
            new FieldSpec("email", Kind.EMAIL, true, true, 200),
            new FieldSpec("phone", Kind.TEXT, false, true, 50),
            new FieldSpec("address", Kind.TEXT, true, false, 300),
            new FieldSpec("registrationNumber", Kind.DIGITS, true, true, 10),
            new FieldSpec("taxNumber", Kind.DIGITS, true, true, 8),
            new FieldSpec("field", Kind.ENUM, true, true, 0),
            new FieldSpec("motivation", Kind.TEXT, true, false, 4000),
            new FieldSpec("language", Kind.ENUM, false, true, 0),
            new FieldSpec("consent", Kind.BOOLEAN, true, true, 0));

    private static final List<FieldSpec> ASSISTANCE_FIELDS = List.of(
            new FieldSpec("name", Kind.TEXT, true, true, 200),
            new FieldSpec("email", Kind.EMAIL, true, true, 320),
            new FieldSpec("topic", Kind.ENUM, true, true, 0),
            new FieldSpec("message", Kind.TEXT, true, false, 20000),
            new FieldSpec("language", Kind.ENUM, false, true, 0),
            new FieldSpec("consent", Kind.BOOLEAN, true, true, 0));

    @Test
    @Order(1)
    void membershipApplications() {
        // valid but unusual: accepted or refused, never a 5xx (sent before the count of what bad input stores)
        Map<String, Object> spaced = ValidRequests.membership();
        spaced.put("name", "  " + "N".repeat(200) + "  ");
        Answer longName = http.post("/api/membership-applications", render(spaced, Map.of()));
        Map<String, Object> grouped = ValidRequests.membership();
        grouped.put("registrationNumber", grouped.get("registrationNumber").toString().replaceAll("(\\d{7})", "$1 "));
        Answer groupedNumber = http.post("/api/membership-applications", render(grouped, Map.of()));
        ledger.awaitQuiet();
        Endpoint e = ledger.beginPublic("POST /api/membership-applications", 1);
        e.odd("name: 200 characters between spaces", longName);
        e.odd("registrationNumber: digits in groups", groupedNumber);
        fuzzJsonIntake(e, "/api/membership-applications", MEMBERSHIP_FIELDS, ValidRequests::membership);
        ledger.finish(e);
    }

    @Test
    @Order(2)
    void assistanceRequests() {
        // valid but unusual: accepted or refused, never a 5xx (sent before the count of what bad input stores)
        Map<String, Object> longEmail = ValidRequests.assistance();
        String domain = IntStream.range(0, 5).mapToObj(i -> "d" + i + "x".repeat(58)).collect(Collectors.joining(".")) + ".si";
        longEmail.put("email", "a".repeat(64) + "@" + domain);
        Answer longAddress = http.post("/api/assistance-requests", render(longEmail, Map.of()));
        Map<String, Object> longName = ValidRequests.assistance();
        longName.put("name", "  " + "N".repeat(199) + "  ");
        Answer longNameAnswer = http.post("/api/assistance-requests", render(longName, Map.of()));
        ledger.awaitQuiet();
        Endpoint e = ledger.beginPublic("POST /api/assistance-requests", 2);
        e.odd("email: " + show(longEmail.get("email").toString()) + " (valid form, longer than the column)", longAddress);
        e.odd("name: 199 characters between spaces", longNameAnswer);
        fuzzJsonIntake(e, "/api/assistance-requests", ASSISTANCE_FIELDS, ValidRequests::assistance);
        ledger.finish(e);
    }

    /** Every request made from a fresh valid request (so that none is refused only as a second application). */
    private void fuzzJsonIntake(Endpoint e, String path, List<FieldSpec> fields, Supplier<Map<String, Object>> valid) {
        Map<String, List<Mutation>> byField = new LinkedHashMap<>();
        for (FieldSpec f : fields) {
            byField.put(f.name(), mutations(f));
        }
        // every mutation of every field, alone
        for (FieldSpec f : fields) {
            for (Mutation m : byField.get(f.name())) {
                String body = render(valid.get(), Map.of(f.name(), m.raw()));
                e.bad(f.name() + ": " + m.label(), http.post(path, body), true,
                        m.namesField() ? new String[] {f.name()} : new String[0]);
            }
        }
        // random combinations of two or three fields
        for (int i = 0; i < 40; i++) {
            List<FieldSpec> shuffled = new ArrayList<>(fields);
            Collections.shuffle(shuffled, e.random);
            List<FieldSpec> chosen = shuffled.subList(0, 2 + e.random.nextInt(2));
            Map<String, Function<String, String>> overrides = new LinkedHashMap<>();
            List<String> labels = new ArrayList<>();
            for (FieldSpec f : chosen) {
                List<Mutation> options = byField.get(f.name()).stream().filter(Mutation::combinable).toList();
                Mutation m = options.get(e.random.nextInt(options.size()));
                overrides.put(f.name(), m.raw());
                labels.add(f.name() + ": " + m.label());
            }
            e.bad(String.join(" + ", labels), http.post(path, render(valid.get(), overrides)), true,
                    chosen.stream().map(FieldSpec::name).toArray(String[]::new));
        }
        // the body as a whole
        badBodies().forEach((label, body) -> e.bad(label, http.post(path, body.apply(render(valid.get(), Map.of()))), true));
        // bytes that are not UTF-8, inside the name
        for (String[] bytes : NOT_UTF8) {
            String body = render(valid.get(), Map.of("name", x -> js("Fuzz @@RAW@@ ime")));
            int at = body.indexOf("@@RAW@@");
            byte[] raw = concat(utf8(body.substring(0, at)), hex(bytes[1]), utf8(body.substring(at + 7)));
            e.bad("name: invalid UTF-8 bytes " + bytes[0], http.post(path, "application/json", raw, null), true);
        }
        // wrong content types for a valid body
        wrongContentTypes().forEach((type, body) -> e.bad("Content-Type: " + (type == null ? "(none)" : type),
                http.post(path, type, utf8(body.apply(render(valid.get(), Map.of()))), null), true));
        // a charset that Jackson detects by itself from the bytes: may be accepted
        e.odd("Content-Type: application/json; charset=UTF-16 (a UTF-8 body)", http.post(path, "application/json; charset=UTF-16",
                utf8(render(valid.get(), Map.of())), null));
        e.bad("100 KB body", http.post(path, render(valid.get(), Map.of(fields.get(0).name(), x -> js("x".repeat(100_000))))), true);
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            e.bad(method + " with a valid body", http.method(method, path, null, render(valid.get(), Map.of())), true);
        }
        e.bad("chunked body without Content-Length", http.raw("POST", path, Map.of("Content-Type", "application/json"),
                utf8(render(valid.get(), Map.of())), true), false);
        // generated: structure-aware mutations of fresh valid requests
        MalformedJson generator = new MalformedJson(e.random, fields, false);
        for (int i = 0; i < Ledger.PUBLIC_MINIMUM; i++) {
            Mutant m = generator.next(MalformedJson.raw(valid.get()));
            e.generated(m.label(), http.post(path, "application/json", m.body(), null), true, m.fields());
        }
    }
}
