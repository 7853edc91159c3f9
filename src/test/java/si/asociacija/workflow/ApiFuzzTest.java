package si.asociacija.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.util.NumberUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;

/**
 * Hundreds of bad requests to every public and staff endpoint of the product's own API (not the
 * engine REST API, not the Camunda webapps): wrong JSON types, control characters, lone surrogates,
 * invisible values, huge and deeply nested values, duplicate keys, malformed bodies, wrong content
 * types, bad path and query parameters, bad logins. Deterministic (seeded; {@code -Dfuzz.seed=...}
 * tries another seed).
 *
 * <p>Every answer must be a 4xx (a few inputs that may reasonably be accepted are only required not
 * to be a 5xx); a 400 of a JSON endpoint is application/problem+json and names the bad field or
 * parameter; no answer shows a stack trace; nothing is stored: no new row in the product's tables, no
 * new process instance, no queued mail, no change to the cases behind the real private links.
 *
 * <p>Prints {@code FUZZ: <endpoint> tried=N 4xx=N 5xx=N} per endpoint, {@code FUZZ TOTAL: ...}, and
 * each failure as {@code FUZZ FAIL: <endpoint> | <input> | <what happened>} (a 5xx with the
 * exception the server logged).
 *
 * <p>A context of its own (the public intakes' per-address limits out of the way): its own engine
 * name and SMTP server, no IMAP intake, closed after the class, so it never takes work from the
 * shared context of the other tests.
 */
@TestPropertySource(properties = {
        "asociacija.limits.public-intake.requests=1000000",
        "asociacija.limits.private-link.requests=1000000",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "spring.mail.host=127.0.0.1"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiFuzzTest extends WorkflowTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20260301L);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Set<String> REAL_USERS = Set.of("staff", "staff2", "admin", "counsellor1", "counsellor2", "demo");

    /** The product's tables with an id, and the columns that tell what a new row is. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("membership_application", "reference, name, email, phone, registration_number, consent_at");
        TABLES.put("membership_application_event", "application_id, status, public_note");
        TABLES.put("registered_member", "membership_number, name");
        TABLES.put("board_resolution", "number, title");
        TABLES.put("board_vote", "resolution_id, voter");
        TABLES.put("assistance_case", "reference, name, email, topic");
        TABLES.put("case_message", "case_id, kind, body");
        TABLES.put("case_attachment", "case_message_id, filename");
        TABLES.put("attachment_content", "id");
        TABLES.put("mail_outbox", "reference, template, recipient");
    }

    /** What to show of a row stored by an accepted bad request: the fields the requests fuzz. */
    private static final Map<String, String> STORED_COLUMNS = Map.of(
            "membership_application", "reference, applicant_type, name, email, phone, address, registration_number, tax_number,"
                    + " field, language, motivation",
            "membership_application_event", "status, public_note",
            "assistance_case", "reference, name, email, topic, language, rating",
            "case_message", "case_id, kind, body");

    private static GreenMail smtp;

    @DynamicPropertySource
    static void ownSmtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", ApiFuzzTest::smtpPort);
    }

    private static synchronized int smtpPort() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        return smtp.getSmtp().getPort();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    TaskService tasks;

    private HttpClient client;
    private final LogCapture logs = new LogCapture();
    private int totalTried;
    private int total4xx;
    private int total5xx;
    private final List<String> totalFailures = new ArrayList<>();

    // the cases behind real private links, made in setUp
    private String receivedApplicationToken;
    private String missingInfoApplicationToken;
    private String missingInfoApplicationReference;
    /** A second one, for the JSON answers (the first takes one answer in the form, and then waits no more). */
    private String missingInfoApplicationToken2;
    private String missingInfoApplicationReference2;
    private String openCaseToken;
    private String openCaseReference;
    private String closedCaseToken;
    private String closedCaseReference;
    private long setupOutboxId;
    private List<Target> targets;

    /** A real private link and what its case lets through: the answer's length limit. */
    private record Target(String label, String token, int answerLimit) {
    }

    // ---------------------------------------------------------------------------------------------
    // setup: real cases behind real tokens
    // ---------------------------------------------------------------------------------------------

    @BeforeAll
    void setUp() throws Exception {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.setContext(root.getLoggerContext());
        logs.start();
        root.addAppender(logs);

        JsonNode received = created("/api/membership-applications", render(membershipValid(), Map.of()));
        receivedApplicationToken = token(received);

        JsonNode missing = missingInfoApplication();
        missingInfoApplicationToken = token(missing);
        missingInfoApplicationReference = missing.get("reference").asText();
        JsonNode missing2 = missingInfoApplication();
        missingInfoApplicationToken2 = token(missing2);
        missingInfoApplicationReference2 = missing2.get("reference").asText();

        JsonNode open = created("/api/assistance-requests", render(assistanceValid(), Map.of()));
        openCaseToken = token(open);
        openCaseReference = open.get("reference").asText();

        JsonNode closed = created("/api/assistance-requests", render(assistanceValid(), Map.of()));
        closedCaseToken = token(closed);
        closedCaseReference = closed.get("reference").asText();
        complete(closedCaseReference, "Task_Triage", Map.of("triageDecision", "SPAM"));
        assertThat(jdbc.queryForObject("select status from assistance_case where reference = ?", String.class,
                closedCaseReference)).isEqualTo("CLOSED");

        setupOutboxId = jdbc.queryForObject("select min(id) from mail_outbox where reference = ?", Long.class,
                received.get("reference").asText());
        targets = List.of(
                new Target("real token: application just received", receivedApplicationToken, 4000),
                new Target("real token: application waiting for missing information", missingInfoApplicationToken, 4000),
                new Target("real token: open assistance case", openCaseToken, 20000),
                new Target("real token: closed assistance case", closedCaseToken, 20000));
        System.out.println("FUZZ seed=" + SEED + " run=" + RUN + " port=" + port);
    }

    @AfterAll
    void summary() {
        System.out.println("FUZZ TOTAL: tried=" + totalTried + " 4xx=" + total4xx + " 5xx=" + total5xx);
        System.out.println("FUZZ TOTAL FAILURES: " + totalFailures.size());
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(logs);
        logs.stop();
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    private JsonNode created(String path, String body) throws Exception {
        Answer answer = post(path, "application/json", utf8(body), null);
        assertThat(answer.status()).as("valid request to %s: %s", path, answer.body()).isEqualTo(201);
        return json.readTree(answer.body());
    }

    private JsonNode missingInfoApplication() throws Exception {
        JsonNode missing = created("/api/membership-applications", render(membershipValid(), Map.of()));
        String reference = missing.get("reference").asText();
        complete(reference, "Task_CheckCompleteness", Map.of("complete", false, "missingInfo", "Priložite statut društva."));
        assertThat(applicationStatus(reference)).isEqualTo("MISSING_INFO");
        return missing;
    }

    private static String token(JsonNode created) {
        String url = created.get("statusUrl").asText();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private void complete(String businessKey, String taskKey, Map<String, Object> variables) {
        Task task = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult(), t -> t != null);
        tasks.complete(task.getId(), variables);
        awaitJobs(task.getProcessInstanceId());
    }

    private String applicationStatus(String reference) {
        return jdbc.queryForObject("select status from membership_application where reference = ?", String.class, reference);
    }

    // ---------------------------------------------------------------------------------------------
    // the public intakes
    // ---------------------------------------------------------------------------------------------

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

    private int emails;

    private String freshEmail() {
        return "fuzz-" + RUN + "-" + (++emails) + "@example.si";
    }

    private Map<String, Object> membershipValid() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "ORGANISATION");
        m.put("name", "Zavod Fuzz Metelkova");
        m.put("email", freshEmail());
        m.put("phone", "+386 40 123 456");
        m.put("address", "Metelkova 6, 1000 Ljubljana");
        m.put("registrationNumber", TestData.registrationNumber());
        m.put("taxNumber", TestData.taxNumber());
        m.put("field", "MUSIC");
        m.put("motivation", "Organiziramo koncerte sodobne glasbe.");
        m.put("language", "sl");
        m.put("consent", Boolean.TRUE);
        return m;
    }

    private Map<String, Object> assistanceValid() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "Luka Fuzz");
        m.put("email", freshEmail());
        m.put("topic", "TAXES");
        m.put("message", "Kako plačam akontacijo dohodnine?");
        m.put("language", "sl");
        m.put("consent", Boolean.TRUE);
        return m;
    }

    @Test
    @Order(1)
    void membershipApplications() {
        // valid but unusual: accepted or refused, never a 5xx (sent before the count of what bad input stores)
        Map<String, Object> spaced = membershipValid();
        spaced.put("name", "  " + "N".repeat(200) + "  ");
        Answer longName = post("/api/membership-applications", render(spaced, Map.of()));
        Map<String, Object> grouped = membershipValid();
        grouped.put("registrationNumber", grouped.get("registrationNumber").toString().replaceAll("(\\d{7})", "$1 "));
        Answer groupedNumber = post("/api/membership-applications", render(grouped, Map.of()));
        awaitQuiet();
        Endpoint e = begin("POST /api/membership-applications", 1);
        e.odd("name: 200 characters between spaces", longName);
        e.odd("registrationNumber: digits in groups", groupedNumber);
        fuzzJsonIntake(e, "/api/membership-applications", MEMBERSHIP_FIELDS, this::membershipValid);
        finish(e);
    }

    @Test
    @Order(2)
    void assistanceRequests() {
        // valid but unusual: accepted or refused, never a 5xx (sent before the count of what bad input stores)
        Map<String, Object> longEmail = assistanceValid();
        String domain = IntStream.range(0, 5).mapToObj(i -> "d" + i + "x".repeat(58)).collect(Collectors.joining(".")) + ".si";
        longEmail.put("email", "a".repeat(64) + "@" + domain);
        Answer longAddress = post("/api/assistance-requests", render(longEmail, Map.of()));
        Map<String, Object> longName = assistanceValid();
        longName.put("name", "  " + "N".repeat(199) + "  ");
        Answer longNameAnswer = post("/api/assistance-requests", render(longName, Map.of()));
        awaitQuiet();
        Endpoint e = begin("POST /api/assistance-requests", 2);
        e.odd("email: " + show(longEmail.get("email").toString()) + " (valid form, longer than the column)", longAddress);
        e.odd("name: 199 characters between spaces", longNameAnswer);
        fuzzJsonIntake(e, "/api/assistance-requests", ASSISTANCE_FIELDS, this::assistanceValid);
        finish(e);
    }

    private void fuzzJsonIntake(Endpoint e, String path, List<FieldSpec> fields, Supplier<Map<String, Object>> valid) {
        Map<String, List<Mutation>> byField = new LinkedHashMap<>();
        for (FieldSpec f : fields) {
            byField.put(f.name(), mutations(f));
        }
        // every mutation of every field, alone
        for (FieldSpec f : fields) {
            for (Mutation m : byField.get(f.name())) {
                Map<String, Object> base = valid.get();
                String body = render(base, Map.of(f.name(), m.raw()));
                e.bad(f.name() + ": " + m.label(), post(path, body), true, m.namesField() ? new String[] {f.name()} : new String[0]);
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
            e.bad(String.join(" + ", labels), post(path, render(valid.get(), overrides)), true,
                    chosen.stream().map(FieldSpec::name).toArray(String[]::new));
        }
        // the body as a whole, each made from a fresh valid request (so that none is refused only as a second application)
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
        bodies.put("empty object", v -> "{}");
        bodies.put("valid request then garbage", v -> v + " xyz");
        bodies.put("valid request then a second object", v -> v + "{}");
        bodies.put("valid request then a closing brace", v -> v + "}");
        bodies.put("valid request without its closing brace", v -> v.substring(0, v.length() - 1));
        bodies.put("single quotes", v -> v.replace('"', '\''));
        bodies.put("unquoted keys", v -> v.replaceAll("\"(\\w+)\":", "$1:"));
        bodies.put("a comment", v -> "/* c */" + v);
        bodies.put("trailing comma", v -> v.substring(0, v.length() - 1) + ",}");
        bodies.put("NaN for consent", v -> v.replace("\"consent\":true", "\"consent\":NaN"));
        bodies.put("duplicate key: name twice", v -> "{\"name\":\"Prvo ime\"," + v.substring(1));
        bodies.put("duplicate key: consent false, then true", v -> "{\"consent\":false," + v.substring(1));
        bodies.put("duplicate key: consent true, then false", v -> v.substring(0, v.length() - 1) + ",\"consent\":false}");
        bodies.put("duplicate key: email twice (two valid addresses)", v -> "{\"email\":" + js(freshEmail()) + "," + v.substring(1));
        bodies.put("arrays nested 5000 deep", v -> "[".repeat(5000) + "]".repeat(5000));
        bodies.put("objects nested 3000 deep in an extra field", v -> v.substring(0, v.length() - 1) + ",\"extra\":"
                + "{\"a\":".repeat(3000) + "1" + "}".repeat(3000) + "}");
        bodies.put("body just over 64 KB (valid JSON and spaces)", v -> v + " ".repeat(65_537 - v.length()));
        bodies.forEach((label, body) -> e.bad(label, post(path, body.apply(render(valid.get(), Map.of()))), true));
        // bytes that are not UTF-8, inside the name
        for (String[] bytes : new String[][] {{"FF", "ff"}, {"C3 28", "c328"}, {"C0 AF (overlong)", "c0af"},
                {"ED A0 80 (a UTF-8-encoded surrogate)", "eda080"}, {"F8 88 80 80 80 (5 bytes)", "f888808080"},
                {"80 (lone continuation byte)", "80"}}) {
            String body = render(valid.get(), Map.of("name", x -> js("Fuzz @@RAW@@ ime")));
            int at = body.indexOf("@@RAW@@");
            byte[] raw = concat(utf8(body.substring(0, at)), hex(bytes[1]), utf8(body.substring(at + 7)));
            e.bad("name: invalid UTF-8 bytes " + bytes[0], post(path, "application/json", raw, null), true);
        }
        // wrong content types for a valid body
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
        types.forEach((type, body) -> e.bad("Content-Type: " + (type == null ? "(none)" : type),
                post(path, type, utf8(body.apply(render(valid.get(), Map.of()))), null), true));
        // a charset that Jackson detects by itself from the bytes: may be accepted
        e.odd("Content-Type: application/json; charset=UTF-16 (a UTF-8 body)", post(path, "application/json; charset=UTF-16",
                utf8(render(valid.get(), Map.of())), null));
        e.bad("100 KB body", post(path, render(valid.get(), Map.of(fields.get(0).name(), x -> js("x".repeat(100_000))))), true);
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            e.bad(method + " with a valid body", send(request(path, null).method(method,
                    BodyPublishers.ofString(render(valid.get(), Map.of()))).header("Content-Type", "application/json")), true);
        }
        e.bad("chunked body without Content-Length", raw("POST", path, Map.of("Content-Type", "application/json"),
                utf8(render(valid.get(), Map.of())), true), false);
    }

    // ---------------------------------------------------------------------------------------------
    // the private status pages
    // ---------------------------------------------------------------------------------------------

    @Test
    @Order(3)
    void statusPageHtml() {
        Endpoint e = begin("GET /status/{token} (HTML)", 3);
        for (String[] t : bogusTokens(e.random, 160)) {
            e.bad("token " + t[0], get("/status/" + t[1], "text/html", null), false);
        }
        for (String[] raw : new String[][] {{"%ZZ", "/status/%ZZ"}, {"%", "/status/%"}, {"%u0000", "/status/%u0000"},
                {"a%2", "/status/a%2"}, {"raw bytes FF FE", "/status/\u00ff\u00fe"}, {"a space", "/status/a b"},
                {"a tab", "/status/a\tb"}, {"a backslash", "/status/a\\b"}, {"raw ..", "/status/../status/x"}}) {
            e.bad("raw request line " + raw[0], raw("GET", raw[1], Map.of("Accept", "text/html"), null, false), false);
        }
        e.bad("HTTP/1.0 without Host", rawRequest("GET /status/nope HTTP/1.0\r\nAccept: text/html\r\n\r\n"), false);
        e.bad("bad Host header", rawRequest("GET /status/nope HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n"), false);
        finish(e);
    }

    @Test
    @Order(4)
    void statusPageJson() {
        Endpoint e = begin("GET /status/{token} (JSON)", 4);
        for (String[] t : bogusTokens(e.random, 160)) {
            e.bad("token " + t[0], get("/status/" + t[1], "application/json", null), false);
        }
        for (Target t : targets) {
            for (String accept : List.of("application/xml", "text/csv", "image/png", "application/json;q=abc", "???",
                    "application/octet-stream")) {
                e.bad(t.label() + ", Accept: " + accept, get("/status/" + t.token(), accept, null), false);
            }
        }
        finish(e);
    }

    @Test
    @Order(5)
    void answerForm() {
        Endpoint e = begin("POST /status/{token}/answer (form)", 5);
        for (String[] t : bogusTokens(e.random, 40)) {
            e.bad("token " + t[0] + ", a valid answer", postForm("/status/" + t[1] + "/answer", "answer=Statut+je+v+prilogi."), false);
        }
        for (Target t : targets) {
            for (String[] a : formAnswers(t.answerLimit())) {
                e.bad(t.label() + ", body " + a[0], postForm("/status/" + t.token() + "/answer", a[1]), false, "answer");
            }
        }
        // random answers, each with at least one control character or lone CR
        Target open = targets.get(2);
        for (int i = 0; i < 30; i++) {
            String text = surelyBad(randomText(e.random, 40, false) + badPiece(e.random, false) + randomText(e.random, 10, false));
            e.bad(open.label() + ", answer " + show(text), postForm("/status/" + open.token() + "/answer",
                    "answer=" + form(text)), false, "answer");
        }
        for (Target t : List.of(targets.get(1), targets.get(2))) {
            for (String type : new String[] {"text/plain", "application/xml", "multipart/form-data; boundary=fuzz", null,
                    "application/x-www-form-urlencoded; charset=nope", "application/x-www-form-urlencoded; charset=UTF-16"}) {
                e.bad(t.label() + ", Content-Type: " + type + ", body answer=%00", post("/status/" + t.token() + "/answer",
                        type, utf8("answer=%00"), null), false);
            }
            e.bad(t.label() + ", chunked body without Content-Length", raw("POST", "/status/" + t.token() + "/answer",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"), utf8("answer=%00"), true), false);
        }
        finish(e);
    }

    @Test
    @Order(6)
    void answerJson() {
        Endpoint e = begin("POST /status/{token}/answer (JSON)", 6);
        for (String[] t : bogusTokens(e.random, 40)) {
            e.bad("token " + t[0] + ", a valid answer", post("/status/" + t[1] + "/answer", "{\"answer\":\"Statut je v prilogi.\"}"), false);
        }
        List<Target> targets = new ArrayList<>(this.targets);
        targets.set(1, new Target(targets.get(1).label(), missingInfoApplicationToken2, 4000));
        for (Target t : targets) {
            for (Mutation m : answerMutations(t.answerLimit())) {
                e.bad(t.label() + ", answer: " + m.label(), post("/status/" + t.token() + "/answer",
                        "{\"answer\":" + m.raw().apply("Statut je v prilogi.") + "}"), true, m.namesField() ? new String[] {"answer"} : new String[0]);
            }
            for (String[] b : new String[][] {{"empty body", ""}, {"JSON null", "null"}, {"JSON array", "[]"},
                    {"string", "\"Statut\""}, {"number", "42"}, {"only an opening brace", "{"}, {"empty object", "{}"},
                    {"other key only", "{\"Answer\":\"Statut\"}"},
                    {"duplicate key: empty, then text", "{\"answer\":\"\",\"answer\":\"Statut je v prilogi.\"}"},
                    {"valid answer then garbage", "{\"answer\":\"Statut je v prilogi.\"} xyz"},
                    {"valid answer then a second object", "{\"answer\":\"Statut je v prilogi.\"}{}"},
                    {"valid answer and an object in another key", "{\"answer\":\"Statut je v prilogi.\",\"extra\":{\"a\":1}}"},
                    {"arrays nested 5000 deep", "[".repeat(5000) + "]".repeat(5000)},
                    {"body of 70 KB", "{\"answer\":\"" + "x".repeat(70_000) + "\"}"}}) {
                e.bad(t.label() + ", " + b[0], post("/status/" + t.token() + "/answer", b[1]), true);
            }
            for (String type : new String[] {"text/plain", "application/xml", null, "application/json; charset=nope",
                    "application/json; charset=UTF-16", "application/problem+json"}) {
                e.bad(t.label() + ", Content-Type: " + type, post("/status/" + t.token() + "/answer", type,
                        utf8("{\"answer\":\"\\u0000\"}"), null), true);
            }
        }
        Target open = targets.get(2);
        for (int i = 0; i < 30; i++) {
            String text = surelyBad(randomText(e.random, 40, true) + badPiece(e.random, true) + randomText(e.random, 10, true));
            e.bad(open.label() + ", answer " + show(text), post("/status/" + open.token() + "/answer",
                    "{\"answer\":" + js(text) + "}"), true, "answer");
        }
        finish(e);
    }

    @Test
    @Order(7)
    void ratingForm() {
        Endpoint e = begin("POST /status/{token}/rating (form)", 7);
        for (String[] t : bogusTokens(e.random, 40)) {
            e.bad("token " + t[0] + ", rating=3", postForm("/status/" + t[1] + "/rating", "rating=3"), false);
        }
        List<String[]> ratings = new ArrayList<>();
        for (String r : new String[] {"abc", "-1", "0", "6", "7", "-0", "99999999999999999999", "2147483648", "-2147483649",
                "3.5", "1e1", "%00", "3%00", "NaN", "Infinity", "true", "three", "%20", "%E2%80%8B", "%EF%BC%93",
                "1".repeat(1000), "3-", "--3", "0b11", "0x", "%ED%A0%80"}) {
            ratings.add(new String[] {"rating=" + r, "rating=" + r});
        }
        ratings.add(new String[] {"rating=1&rating=2 (repeated)", "rating=1&rating=2"});
        ratings.add(new String[] {"rating=&rating= (repeated, empty)", "rating=&rating="});
        ratings.add(new String[] {"no rating", "stars=5"});
        ratings.add(new String[] {"empty body", ""});
        ratings.add(new String[] {"rating=%ZZ (invalid escape)", "rating=%ZZ"});
        for (Target t : targets) {
            for (String[] r : ratings) {
                e.bad(t.label() + ", " + r[0], postForm("/status/" + t.token() + "/rating", r[1]), false, "rating");
            }
            for (String type : new String[] {"application/json", "text/plain", null}) {
                e.bad(t.label() + ", Content-Type: " + type + ", body rating=0", post("/status/" + t.token() + "/rating",
                        type, utf8("application/json".equals(type) ? "{\"rating\":0}" : "rating=0"), null), false);
            }
        }
        Target closed = targets.get(3);
        for (int i = 0; i < 60; i++) {
            String value = randomText(e.random, 12, false);
            if (lenientNumber(value, Integer.class)) {
                continue;
            }
            e.bad(closed.label() + ", rating=" + show(value), postForm("/status/" + closed.token() + "/rating",
                    "rating=" + form(value)), false, "rating");
        }
        finish(e);
    }

    /** Tokens that are not ours: fixed ones, ones made from the real tokens, and random ones (path-encoded). */
    private List<String[]> bogusTokens(Random random, int randomCount) {
        List<String[]> tokens = new ArrayList<>();
        for (String t : new String[] {"abc", "-1", "0", "99999999999999999999", "%00", "a%00b", "%0D%0A", "%0A", "%20",
                "%09", "null", "undefined", "true", "%2E%2E", "%2F", "a%2Fb", "%5C", "%25", "%2525", "*", "%2A", "%3B",
                "a;b", "%3F", "%23", "%7B%7D", "%27%20OR%20%271%27%3D%271", "%3Cscript%3E", "%E2%80%8B",
                "%C4%8D%C5%A1%C5%BE", "%F0%9F%98%80", "%ED%A0%80", "%FF", "%C0%AF", "A".repeat(43), "A".repeat(64),
                "A".repeat(65), "x".repeat(4000), "x".repeat(9000), "MA-2026-0001", "SC-2026-0001"}) {
            tokens.add(new String[] {show(decodeForShow(t)), t});
        }
        for (Target target : targets) {
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

    /** Form bodies with a bad answer (percent-encoded as a browser would, or not). */
    private static List<String[]> formAnswers(int limit) {
        List<String[]> answers = new ArrayList<>();
        for (String a : new String[] {"answer=", "answer=+++", "answer=%09%0A", "answer=%00", "answer=Statut%00je",
                "answer=%07Statut", "answer=%1B%5B31mStatut", "answer=Statut%0Dje", "answer=%C2%9BStatut",
                "answer=Statut%C2%85", "answer=%7F", "answer=%E2%80%8B%E2%80%8B", "answer=%E2%80%8D%E2%81%A0",
                "answer=%EF%BB%BF", "answer=%C2%A0%C2%A0", "answer=%E2%80%AE", "answer=%ED%A0%80",
                "answer=Statut%ED%B0%80", "answer=%FF%FE", "answer=%C0%AF", "answer=&answer=",
                "answer=Statut&answer=Statut", "Answer=Statut", "answer%00=Statut", "answer", "=Statut",
                "answer=%ZZ", "answer=%", "%%%"}) {
            answers.add(new String[] {a, a});
        }
        answers.add(new String[] {"answer=<" + (limit + 1) + " x>", "answer=" + "x".repeat(limit + 1)});
        answers.add(new String[] {"answer=<70000 x>", "answer=" + "x".repeat(70_000)});
        return answers;
    }

    /** Bad values of the JSON answer: wrong types and bad text. */
    private static List<Mutation> answerMutations(int limit) {
        List<Mutation> list = new ArrayList<>(wrongTypes(new FieldSpec("answer", Kind.TEXT, true, false, limit)));
        list.addAll(badText(false));
        list.add(m("empty", v -> "\"\""));
        list.add(m("spaces only", v -> "\"   \""));
        list.add(m((limit + 1) + " characters", v -> js("x".repeat(limit + 1))));
        return list;
    }

    // ---------------------------------------------------------------------------------------------
    // staff endpoints
    // ---------------------------------------------------------------------------------------------

    @Test
    @Order(8)
    void applicationList() {
        Endpoint e = begin("GET /api/membership-applications", 8);
        fuzzListWithoutParameters(e, "/api/membership-applications", false, false, false);
        finish(e);
    }

    @Test
    @Order(9)
    void memberList() {
        Endpoint e = begin("GET /api/members", 9);
        fuzzListWithoutParameters(e, "/api/members", false, false, true);
        finish(e);
    }

    @Test
    @Order(10)
    void resolutionList() {
        Endpoint e = begin("GET /api/resolutions", 10);
        fuzzListWithoutParameters(e, "/api/resolutions", true, false, true);
        finish(e);
    }

    private void fuzzListWithoutParameters(Endpoint e, String path, boolean boardMayRead, boolean counsellorMayRead,
                                           boolean postIsWrong) {
        for (Auth a : authFuzz(e.random, 140, boardMayRead, counsellorMayRead)) {
            e.bad(a.label(), get(path, "application/json", a.header()), false);
        }
        String staff = basic("staff", "demo");
        for (String accept : List.of("application/xml", "text/html", "text/csv", "image/png", "???", "application/json;q=abc")) {
            e.bad("as staff, Accept: " + accept, get(path, accept, staff), false);
        }
        List<String> methods = new ArrayList<>(List.of("PUT", "DELETE", "PATCH"));
        if (postIsWrong) {
            methods.add("POST");
        }
        for (String method : methods) {
            e.bad("as staff, " + method, send(request(path, staff).method(method, BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json")), false);
        }
        for (String sub : List.of("/abc", "/%00", "/1", "/", "/..;/x", "/%2e%2e", "/%2F", "/x/../../members")) {
            e.bad("as staff, " + path + sub, get(path + sub, "application/json", staff), false);
        }
    }

    @Test
    @Order(11)
    void outboxList() {
        Endpoint e = begin("GET /api/mail/outbox", 11);
        String staff = basic("staff", "demo");
        String p = "/api/mail/outbox";
        for (String status : new String[] {"NOPE", "failed", "Failed", "FAILED%00", "%00", "FAILED%20", "%20FAILED",
                "FAILED%0D%0A", "FAILED%2CSENT", "FAILE", "SENDINGX", "%27%3B%20drop%20table%20mail_outbox%3B--",
                "%E2%80%8BFAILED", "FAILED%E2%80%8B", "x".repeat(5000)}) {
            e.bad("status=" + show(decodeForShow(status)), get(p + "?status=" + status, "application/json", staff), true, "status");
        }
        e.bad("status=FAILED&status=SENT (repeated)", get(p + "?status=FAILED&status=SENT", "application/json", staff), true, "status");
        e.odd("status= (empty)", get(p + "?status=", "application/json", staff));
        e.odd("status=%FF (not UTF-8)", get(p + "?status=%FF", "application/json", staff));
        e.odd("status=%ZZ (invalid escape)", get(p + "?status=%ZZ", "application/json", staff));
        e.bad("status=<10000 x> (request line over 8 KB)", get(p + "?status=" + "x".repeat(10_000), "application/json", staff), false);
        for (String limit : new String[] {"abc", "1e99", "1.5", "99999999999999999999", "2147483648", "-2147483649", "NaN",
                "Infinity", "%00", "5%00", "%20", "5,6", "-", "--1", "1_000", "%E2%80%8B5", "true", "9".repeat(1000)}) {
            e.bad("limit=" + show(decodeForShow(limit)), get(p + "?limit=" + limit, "application/json", staff), true, "limit");
        }
        e.bad("limit=5&limit=6 (repeated)", get(p + "?limit=5&limit=6", "application/json", staff), true, "limit");
        e.bad("status=NOPE&limit=abc", get(p + "?status=NOPE&limit=abc", "application/json", staff), true, "status", "limit");
        for (String limit : new String[] {"-5", "0", "100000", "0x10", "010", "+5", "1%20000", "%D9%A3", "%ZZ"}) {
            e.odd("limit=" + show(decodeForShow(limit)) + " (clamped or leniently parsed)", get(p + "?limit=" + limit, "application/json", staff));
        }
        Set<String> statuses = Set.of("PENDING", "SENDING", "SENT", "FAILED");
        for (int i = 0; i < 90; i++) {
            String value = randomText(e.random, 30, true);
            if (value.isEmpty() || statuses.contains(value)) {
                e.odd("status=" + show(value), get(p + "?status=" + query(value), "application/json", staff));
                continue;
            }
            e.bad("status=" + show(value), get(p + "?status=" + query(value), "application/json", staff), true, "status");
        }
        for (int i = 0; i < 90; i++) {
            String value = randomText(e.random, 12, true);
            if (value.isEmpty() || lenientNumber(value, Integer.class)) {
                e.odd("limit=" + show(value), get(p + "?limit=" + query(value), "application/json", staff));
                continue;
            }
            e.bad("limit=" + show(value), get(p + "?limit=" + query(value), "application/json", staff), true, "limit");
        }
        for (Auth a : authFuzz(e.random, 20, false, false)) {
            e.bad(a.label(), get(p + "?status=FAILED", "application/json", a.header()), false);
        }
        for (String method : List.of("PUT", "DELETE", "PATCH", "POST")) {
            e.bad("as staff, " + method, send(request(p, staff).method(method, BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json")), false);
        }
        finish(e);
    }

    @Test
    @Order(12)
    void outboxRetry() {
        Endpoint e = begin("POST /api/mail/outbox/{id}/retry", 12);
        String staff = basic("staff", "demo");
        long unknown = jdbc.queryForObject("select coalesce(max(id), 0) from mail_outbox", Long.class) + 1_000_000;
        e.bad("id of a message that is not FAILED", postEmpty("/api/mail/outbox/" + setupOutboxId + "/retry", staff), true);
        e.bad("unknown id " + unknown, postEmpty("/api/mail/outbox/" + unknown + "/retry", staff), true);
        for (String id : new String[] {"abc", "-1", "0", "99999999999999999999", "9223372036854775807", "9223372036854775808",
                "-9223372036854775809", "1.5", "1e3", "%00", "1%00", "%20", "%2F", "null", "NaN", "true", "%E2%80%8B",
                "1".repeat(5000), "%ZZ", "x;y", "%3B", "1,2"}) {
            e.bad("id " + show(decodeForShow(id)), postEmpty("/api/mail/outbox/" + id + "/retry", staff), false, "id");
        }
        for (String path : new String[] {"/api/mail/outbox//retry", "/api/mail/outbox/" + unknown + "/retry/",
                "/api/mail/outbox/" + unknown + "/retry/x", "/api/mail/outbox/retry"}) {
            e.bad(path, postEmpty(path, staff), false);
        }
        for (int i = 0; i < 150; i++) {
            String value = randomText(e.random, 20, true);
            if (value.isEmpty() || lenientNumber(value, Long.class)) {
                continue; // a number could name a real failed message: a retry would be a real change
            }
            e.bad("id " + show(value), postEmpty("/api/mail/outbox/" + path(value) + "/retry", staff), false, "id");
        }
        for (Auth a : authFuzz(e.random, 20, false, false)) {
            e.bad(a.label(), postEmpty("/api/mail/outbox/" + setupOutboxId + "/retry", a.header()), false);
        }
        for (String method : List.of("GET", "PUT", "DELETE")) {
            e.bad("as staff, " + method, send(request("/api/mail/outbox/" + setupOutboxId + "/retry", staff)
                    .method(method, BodyPublishers.noBody())), false);
        }
        finish(e);
    }

    @Test
    @Order(13)
    void assistanceCaseList() {
        Endpoint e = begin("GET /api/assistance-cases", 13);
        String staff = basic("staff", "demo");
        String p = "/api/assistance-cases";
        // a filter: an odd value finds nothing (an empty list is a fine answer), never a 5xx
        List<String> values = new ArrayList<>(List.of("%00", "x%40example.si%0D%0ABcc%3A%20y%40example.si", "x".repeat(7000),
                "%27%20OR%201%3D1%20--", "*", "%25", "%E2%80%8B", "%ED%A0%80", "%FF"));
        for (int i = 0; i < 120; i++) {
            values.add(query(randomText(e.random, 40, true)));
        }
        for (String value : values) {
            Answer a = get(p + "?email=" + value, "application/json", staff);
            e.odd("email=" + show(decodeForShow(value)), a);
            if (a.status() == 200 && !a.body().trim().equals("[]")) {
                e.fail("email=" + show(decodeForShow(value)), "found cases: " + show(a.body()));
            }
        }
        // an invalid escape makes the servlet container drop the parameter: the whole list (staff may see it)
        e.odd("email=%ZZ (invalid escape)", get(p + "?email=%ZZ", "application/json", staff));
        Answer repeated = get(p + "?email=a%40example.si&email=b%40example.si", "application/json", staff);
        e.odd("email=a@example.si&email=b@example.si (repeated)", repeated);
        for (Auth a : authFuzz(e.random, 60, false, true)) {
            e.bad(a.label(), get(p, "application/json", a.header()), false);
        }
        for (String method : List.of("PUT", "DELETE", "PATCH", "POST")) {
            e.bad("as staff, " + method, send(request(p, staff).method(method, BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json")), false);
        }
        finish(e);
    }

    @Test
    @Order(14)
    void attachment() {
        Endpoint e = begin("GET /api/assistance-cases/{reference}/attachments/{id}", 14);
        String staff = basic("staff", "demo");
        List<String> references = List.of(openCaseReference, "SC-0000-0000", "abc", "%00", "x".repeat(300), "%2E%2E",
                "MA-2026-0001", "%20");
        List<String> ids = List.of("abc", "-1", "0", "1", "99999999999999999999", "9223372036854775807", "1.5", "%00", "%20",
                "1%00", "1e3", "NaN", "%E2%80%8B", "%ZZ");
        for (String reference : references) {
            for (String id : ids) {
                e.bad("reference " + show(decodeForShow(reference)) + ", id " + show(decodeForShow(id)),
                        get("/api/assistance-cases/" + reference + "/attachments/" + id, "*/*", staff), false, "id");
            }
        }
        for (int i = 0; i < 90; i++) {
            String value = randomText(e.random, 20, true);
            e.bad("reference " + openCaseReference + ", id " + show(value),
                    get("/api/assistance-cases/" + openCaseReference + "/attachments/" + path(value), "*/*", staff), false, "id");
        }
        e.bad("as counsellor1 (not the case's counsellor), id 1", get("/api/assistance-cases/" + openCaseReference
                + "/attachments/1", "*/*", basic("counsellor1", "demo")), false);
        for (Auth a : authFuzz(e.random, 20, false, true)) {
            e.bad(a.label(), get("/api/assistance-cases/" + openCaseReference + "/attachments/1", "*/*", a.header()), false);
        }
        finish(e);
    }

    @Test
    @Order(15)
    void inboundMail() {
        Endpoint e = begin("GET /api/inbound-mail", 15);
        String staff = basic("staff", "demo");
        String p = "/api/inbound-mail";
        for (String outcome : new String[] {"NOPE", "malformed", "Malformed", "MALFORMED%00", "%20MALFORMED", "MALFORMED%20",
                "MALFORMED%2CNEW_CASE", "MALFORMED%0D%0A", "%E2%80%8BMALFORMED", "x".repeat(5000), "%00"}) {
            e.bad("outcome=" + show(decodeForShow(outcome)), get(p + "?outcome=" + outcome, "application/json", staff), true, "outcome");
        }
        e.bad("outcome=MALFORMED&outcome=NEW_CASE (repeated)", get(p + "?outcome=MALFORMED&outcome=NEW_CASE",
                "application/json", staff), true, "outcome");
        e.odd("outcome= (empty)", get(p + "?outcome=", "application/json", staff));
        e.odd("outcome=%ZZ (invalid escape)", get(p + "?outcome=%ZZ", "application/json", staff));
        e.bad("outcome=<10000 x> (request line over 8 KB)", get(p + "?outcome=" + "x".repeat(10_000), "application/json", staff), false);
        Set<String> outcomes = Set.of("MALFORMED", "NEW_CASE", "THREADED", "REOPENED", "IGNORED_AUTOMATIC", "REFUSED_TOO_LARGE");
        for (int i = 0; i < 120; i++) {
            String value = randomText(e.random, 30, true);
            if (value.isEmpty() || outcomes.contains(value)) {
                continue;
            }
            e.bad("outcome=" + show(value), get(p + "?outcome=" + query(value), "application/json", staff), true, "outcome");
        }
        for (Auth a : authFuzz(e.random, 40, false, false)) {
            e.bad(a.label(), get(p, "application/json", a.header()), false);
        }
        finish(e);
    }

    @Test
    @Order(16)
    void assistanceReport() {
        Endpoint e = begin("GET /api/reports/assistance", 16);
        String staff = basic("staff", "demo");
        String p = "/api/reports/assistance";
        String[] badDates = {"2026-13-45", "2026-02-30", "2026-1-1", "26-01-01", "2026%2F01%2F01", "20260101", "abc",
                "2026-01-01T00%3A00", "2026-01-01%20", "%002026-01-01", "2026-01-01%00", "%E2%80%8B2026-01-01",
                "2026-00-10", "2026-01-32", "x".repeat(5000), "%D9%A2%D9%A0%D9%A2%D9%A6-01-01"};
        for (String date : badDates) {
            e.bad("from=" + show(decodeForShow(date)), get(p + "?from=" + date + "&to=2026-12-31", "text/csv", staff), true, "from");
            e.bad("to=" + show(decodeForShow(date)), get(p + "?from=2026-01-01&to=" + date, "text/csv", staff), true, "to");
        }
        e.odd("from=%ZZ (invalid escape)", get(p + "?from=%ZZ&to=2026-12-31", "text/csv", staff));
        e.bad("from=<10000 x> (request line over 8 KB)", get(p + "?from=" + "x".repeat(10_000) + "&to=2026-12-31", "text/csv", staff), false);
        e.bad("no parameters", get(p, "text/csv", staff), true, "from", "to");
        e.bad("from only", get(p + "?from=2026-01-01", "text/csv", staff), true, "to");
        e.bad("from= and to= empty", get(p + "?from=&to=", "text/csv", staff), true, "from", "to");
        e.bad("to before from", get(p + "?from=2026-12-31&to=2026-01-01", "text/csv", staff), true, "to");
        e.bad("from repeated", get(p + "?from=2026-01-01&from=2026-02-01&to=2026-12-31", "text/csv", staff), true, "from");
        e.bad("to repeated", get(p + "?from=2026-01-01&to=2026-11-30&to=2026-12-31", "text/csv", staff), true, "to");
        for (String[] range : new String[][] {{"0001-01-01", "9999-12-31"}, {"-999999999-01-01", "2026-12-31"},
                {"2026-01-01", "%2B999999999-12-31"}, {"-999999999-01-01", "%2B999999999-12-31"}, {"0000-01-01", "0000-12-31"},
                {"%2B10000-01-01", "%2B10000-12-31"}}) {
            e.odd("from=" + decodeForShow(range[0]) + "&to=" + decodeForShow(range[1]) + " (extreme dates)",
                    get(p + "?from=" + range[0] + "&to=" + range[1], "text/csv", staff));
        }
        for (int i = 0; i < 90; i++) {
            String value = randomText(e.random, 20, true);
            String which = i % 2 == 0 ? "from" : "to";
            String q = "from".equals(which) ? "?from=" + query(value) + "&to=2026-12-31" : "?from=2026-01-01&to=" + query(value);
            e.bad(which + "=" + show(value), get(p + q, "text/csv", staff), true, which);
        }
        for (Auth a : authFuzz(e.random, 30, false, false)) {
            e.bad(a.label(), get(p + "?from=2026-01-01&to=2026-12-31", "text/csv", a.header()), false);
        }
        finish(e);
    }

    // ---------------------------------------------------------------------------------------------
    // logins
    // ---------------------------------------------------------------------------------------------

    private record Auth(String label, String header) {
    }

    /**
     * Missing, malformed and unknown logins, and demo users outside the endpoint's groups. Never a
     * real user with a wrong password: Camunda would lock the account for the rest of the run.
     */
    private static List<Auth> authFuzz(Random random, int randomCount, boolean boardMayRead, boolean counsellorMayRead) {
        List<Auth> list = new ArrayList<>();
        list.add(new Auth("no login", null));
        list.add(new Auth("Authorization: Basic", "Basic"));
        list.add(new Auth("Authorization: Basic !!!!", "Basic !!!!"));
        list.add(new Auth("Basic without a colon", "Basic " + b64("fuzznocolon")));
        list.add(new Auth("Basic with empty user and password", "Basic " + b64(":")));
        list.add(new Auth("Basic with an empty user", "Basic " + b64(":demo")));
        list.add(new Auth("unknown user", basic("fuzz-nobody", "demo")));
        list.add(new Auth("unknown user, empty password", basic("fuzz-nobody", "")));
        list.add(new Auth("user with NUL", basic("fuzz\u0000nobody", "demo")));
        list.add(new Auth("user with CRLF", basic("fuzz\r\nnobody", "demo")));
        list.add(new Auth("SQL in user and password", basic("' or '1'='1", "' or '1'='1")));
        list.add(new Auth("wildcards", basic("*", "*")));
        list.add(new Auth("percent signs", basic("%", "%")));
        list.add(new Auth("user of 5000 characters", basic("fuzz" + "x".repeat(5000), "demo")));
        list.add(new Auth("Authorization header of 10 KB", basic("fuzz" + "x".repeat(8000), "demo")));
        list.add(new Auth("user not UTF-8", "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xe8, 'x', ':', 'x'})));
        list.add(new Auth("user with a lone surrogate", basic("fuzz\ud800", "demo")));
        list.add(new Auth("Bearer token", "Bearer abc.def.ghi"));
        list.add(new Auth("Digest", "Digest username=\"fuzz\", realm=\"x\", nonce=\"1\", response=\"2\""));
        list.add(new Auth("Negotiate", "Negotiate YII="));
        list.add(new Auth("two schemes", basic("fuzz", "x") + ", Bearer x"));
        if (!boardMayRead) {
            list.add(new Auth("board01 (board member)", basic("board01", "demo")));
        }
        if (!counsellorMayRead) {
            list.add(new Auth("counsellor1 (counsellor)", basic("counsellor1", "demo")));
        }
        for (int i = 0; i < randomCount; i++) {
            switch (i % 4) {
                case 0 -> {
                    byte[] bytes = new byte[1 + random.nextInt(60)];
                    random.nextBytes(bytes);
                    String decoded = new String(bytes, StandardCharsets.UTF_8);
                    String user = decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
                    if (!REAL_USERS.contains(user) && !user.matches("board\\d\\d")) {
                        String b = Base64.getEncoder().encodeToString(bytes);
                        list.add(new Auth("Basic of random bytes " + b, "Basic " + b));
                    }
                }
                case 1 -> {
                    String user = "fuzz-" + randomText(random, 20, false);
                    String password = randomText(random, 20, false);
                    list.add(new Auth("unknown user " + show(user) + " password " + show(password), basic(user, password)));
                }
                case 2 -> {
                    StringBuilder junk = new StringBuilder();
                    String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_.!~*";
                    for (int k = 1 + random.nextInt(80); k > 0; k--) {
                        junk.append(chars.charAt(random.nextInt(chars.length())));
                    }
                    String value = "Basic " + junk;
                    if (!decodesToRealUser(junk.toString())) {
                        list.add(new Auth("Authorization: " + value, value));
                    }
                }
                default -> {
                    String[] schemes = {"Bearer", "Token", "OAuth", "basic", "BASIC", "Basic  ", "Negotiate", "AWS4-HMAC-SHA256", "X"};
                    String scheme = schemes[random.nextInt(schemes.length)];
                    String value = scheme + " " + b64("fuzz-" + random.nextInt(100000) + ":" + random.nextInt());
                    list.add(new Auth("Authorization: " + value, value));
                }
            }
        }
        return list;
    }

    private static boolean decodesToRealUser(String base64) {
        try {
            String decoded = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            String user = decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
            return REAL_USERS.contains(user) || user.matches("board\\d\\d");
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + b64(user + ":" + password);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------------------------------------
    // bad values of JSON fields
    // ---------------------------------------------------------------------------------------------

    private enum Kind { TEXT, EMAIL, ENUM, DIGITS, BOOLEAN }

    private record FieldSpec(String name, Kind kind, boolean required, boolean singleLine, int max) {
    }

    /** A bad value: its raw JSON, made from the field's valid value. */
    private record Mutation(String label, Function<String, String> raw, boolean namesField, boolean combinable) {
    }

    private static Mutation m(String label, Function<String, String> raw) {
        return new Mutation(label, raw, true, true);
    }

    private static List<Mutation> mutations(FieldSpec f) {
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

    /** A JSON object from the valid values, some fields replaced by raw JSON made from their valid value. */
    private static String render(Map<String, Object> valid, Map<String, Function<String, String>> overrides) {
        StringJoiner object = new StringJoiner(",", "{", "}");
        valid.forEach((key, value) -> {
            String raw = overrides.containsKey(key) ? overrides.get(key).apply(String.valueOf(value))
                    : value instanceof Boolean ? value.toString() : js((String) value);
            object.add(js(key) + ":" + raw);
        });
        return object.toString();
    }

    /** A JSON string; every character outside printable ASCII as a \\u escape (lone surrogates too). */
    private static String js(String s) {
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

    // ---------------------------------------------------------------------------------------------
    // random text
    // ---------------------------------------------------------------------------------------------

    private static final String[] PIECES = {"a", "Z", "7", "0", " ", "-", "_", ".", "@", "/", "\\", "\"", "'", "%", "&", "=",
            "+", "?", "#", ";", ",", "<", ">", "{", "}", "[", "]", ":", "*", "\u0000", "\u0007", "\u001b", "\r", "\n", "\t",
            "\u007f", "\u0085", "\u009b", "č", "Ž", "ß", "€", "\u200b", "\u200e", "\u202e", "\ufeff", "\u00a0", "\ud83d\ude00",
            "\ud800", "\udfff", "\uffff", "\ufffd", "١", "Ⅻ"};
    /** Without lone surrogates: they cannot travel percent-encoded in UTF-8. */
    private static final String[] BAD_PIECES = {"\u0000", "\u0007", "\u001b[2J", "\rx", "\u007f", "\u0085", "\u009b", "\u0001"};

    private static String randomText(Random random, int maxLength, boolean withSurrogates) {
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
    private static boolean lenientNumber(String text, Class<? extends Number> type) {
        try {
            NumberUtils.parseNumber(text, type);
            return true;
        } catch (IllegalArgumentException notANumber) {
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // HTTP
    // ---------------------------------------------------------------------------------------------

    private record Answer(int status, String contentType, String location, String body, String exception) {
        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    private HttpRequest.Builder request(String pathAndQuery, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private Answer get(String pathAndQuery, String accept, String authorization) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (accept != null) {
            headers.put("Accept", accept);
        }
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        try {
            HttpRequest.Builder b = request(pathAndQuery, authorization).GET();
            if (accept != null) {
                b.header("Accept", accept);
            }
            return send(b);
        } catch (IllegalArgumentException notForHttpClient) {
            return raw("GET", pathAndQuery, headers, null, false);
        }
    }

    private Answer post(String path, String jsonBody) {
        return post(path, "application/json", utf8(jsonBody), null);
    }

    private Answer post(String path, String contentType, byte[] body, String authorization) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        try {
            HttpRequest.Builder b = request(path, authorization).POST(BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            return send(b);
        } catch (IllegalArgumentException notForHttpClient) {
            return raw("POST", path, headers, body, false);
        }
    }

    private Answer postForm(String path, String body) {
        return post(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.ISO_8859_1), null);
    }

    private Answer postEmpty(String path, String authorization) {
        return post(path, null, new byte[0], authorization);
    }

    private Answer send(HttpRequest.Builder builder) {
        logs.clear();
        try {
            HttpResponse<byte[]> r = client.send(builder.build(), BodyHandlers.ofByteArray());
            return answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("Location").orElse(null), new String(r.body(), StandardCharsets.UTF_8));
        } catch (IOException ex) {
            return new Answer(-1, null, null, ex.getClass().getSimpleName() + ": " + ex.getMessage(), null);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private Answer answer(int status, String contentType, String location, String body) {
        String exception = null;
        if (status >= 500) {
            exception = logs.lastException();
        }
        return new Answer(status, contentType, location, body, exception);
    }

    /** A request written byte for byte, for what java.net.http will not send. */
    private Answer raw(String method, String pathAndQuery, Map<String, String> headers, byte[] body, boolean chunked) {
        StringBuilder head = new StringBuilder(method).append(' ').append(pathAndQuery).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        byte[] payload = new byte[0];
        if (body != null) {
            if (chunked) {
                head.append("Transfer-Encoding: chunked\r\n");
                payload = concat(utf8(Integer.toHexString(body.length) + "\r\n"), body, utf8("\r\n0\r\n\r\n"));
            } else {
                head.append("Content-Length: ").append(body.length).append("\r\n");
                payload = body;
            }
        }
        head.append("\r\n");
        boolean latin1 = head.chars().allMatch(c -> c <= 0xff);
        return rawBytes(concat(head.toString().getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8), payload));
    }

    private Answer rawRequest(String request) {
        return rawBytes(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private Answer rawBytes(byte[] request) {
        logs.clear();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (IOException closedEarly) {
                if (received.size() == 0) {
                    throw closedEarly;
                }
            }
        } catch (IOException ex) {
            return new Answer(-1, null, null, ex.getClass().getSimpleName() + ": " + ex.getMessage(), null);
        }
        String text = received.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Answer(-1, null, null, "not an HTTP answer: " + show(text), null);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String contentType = null;
        String location = null;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(13).trim();
            } else if (lower.startsWith("location:")) {
                location = line.substring(9).trim();
            }
        }
        byte[] all = received.toByteArray();
        String body = new String(all, end + 4, all.length - end - 4, StandardCharsets.UTF_8);
        return answer(status, contentType, location, body);
    }

    // ---------------------------------------------------------------------------------------------
    // one endpoint's run: counts, failures, and what got stored
    // ---------------------------------------------------------------------------------------------

    private Endpoint begin(String name, int index) {
        awaitQuiet();
        return new Endpoint(name, new Random(SEED * 31 + index), snapshot());
    }

    private final class Endpoint {
        final String name;
        final Random random;
        final Snapshot before;
        int tried;
        int clientErrors;
        int serverErrors;
        final List<String> failures = new ArrayList<>();
        /** The newest id of each table as last looked at: rows above it came from requests since. */
        final Map<String, Long> seen;
        String seenTargets;

        Endpoint(String name, Random random, Snapshot before) {
            this.name = name;
            this.random = random;
            this.before = before;
            this.seen = new LinkedHashMap<>(before.maxIds());
            this.seenTargets = before.targets();
        }

        /** A bad input: a 4xx; a 400 of a JSON endpoint is problem+json and names one of the fields (if any given). */
        void bad(String input, Answer a, boolean problemJson, String... fields) {
            count(input, a);
            if (a.status() >= 200 && a.status() < 400) {
                fail(input, "accepted: " + a.status() + (a.location() == null ? "" : " Location " + a.location())
                        + " " + show(a.body()) + " | stored: " + newRows(seen) + changedTargets());
            } else if (a.status() == 400) {
                if (problemJson && !a.problem()) {
                    fail(input, "400 but not application/problem+json (" + a.contentType() + "): " + show(a.body()));
                }
                if (fields.length > 0 && a.problem()) {
                    List<String> named = namedFields(a.body());
                    if (java.util.Arrays.stream(fields).noneMatch(named::contains)) {
                        fail(input, "400 does not name " + String.join(" or ", fields) + " (names " + named + "): " + show(a.body()));
                    }
                }
            }
        }

        /** An input that may be accepted or refused, but never a 5xx. */
        void odd(String input, Answer a) {
            count(input, a);
        }

        private void count(String input, Answer a) {
            tried++;
            if (a.status() >= 400 && a.status() < 500) {
                clientErrors++;
            } else if (a.status() >= 500) {
                serverErrors++;
                fail(input, a.status() + " " + (a.exception() == null ? "(no exception logged)" : a.exception()));
            } else if (a.status() < 0) {
                fail(input, "no answer: " + a.body());
            }
            if (a.body() != null && (a.body().contains("\tat ") || a.body().matches("(?s).*\\b(java|org|si)\\.[a-z.]+\\.[A-Z]\\w*(Exception|Error)\\b.*"))) {
                fail(input, "the answer shows a stack trace or exception: " + show(a.body()));
            }
        }

        private String changedTargets() {
            String now = targetState();
            if (now.equals(seenTargets)) {
                return "";
            }
            seenTargets = now;
            return "; the cases behind the real tokens now: " + now;
        }

        void fail(String input, String what) {
            failures.add(input + " | " + what);
        }
    }

    private List<String> namedFields(String body) {
        try {
            JsonNode errors = json.readTree(body).get("errors");
            return errors == null ? List.of() : errors.findValuesAsText("field");
        } catch (IOException notJson) {
            return List.of();
        }
    }

    private void finish(Endpoint e) {
        awaitQuiet();
        List<String> stored = stored(e.before);
        for (String s : stored) {
            e.failures.add("(after all requests) | " + s);
        }
        System.out.println("FUZZ: " + e.name + " tried=" + e.tried + " 4xx=" + e.clientErrors + " 5xx=" + e.serverErrors);
        for (String failure : e.failures) {
            System.out.println("FUZZ FAIL: " + e.name + " | " + failure);
        }
        totalTried += e.tried;
        total4xx += e.clientErrors;
        total5xx += e.serverErrors;
        totalFailures.addAll(e.failures);
        assertThat(e.failures).as("%s: %d of %d bad requests not refused cleanly, or something stored:%n%s", e.name,
                e.failures.size(), e.tried, e.failures.stream().limit(60).collect(Collectors.joining("\n"))
                        + (e.failures.size() > 60 ? "\n... and " + (e.failures.size() - 60) + " more (see FUZZ FAIL lines)" : ""))
                .isEmpty();
    }

    private record Snapshot(Map<String, Long> maxIds, long inbound, long running, long historic, Date at, String targets) {
    }

    private Snapshot snapshot() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String table : TABLES.keySet()) {
            ids.put(table, jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class));
        }
        return new Snapshot(ids, jdbc.queryForObject("select count(*) from inbound_mail", Long.class),
                runtime.createProcessInstanceQuery().count(), history.createHistoricProcessInstanceQuery().count(),
                ClockUtil.getCurrentTime(), targetState());
    }

    /** The state of the cases behind the real tokens that the requests could change. */
    private String targetState() {
        return "application " + missingInfoApplicationReference + " " + applicationStatus(missingInfoApplicationReference)
                + "; application " + missingInfoApplicationReference2 + " " + applicationStatus(missingInfoApplicationReference2)
                + "; case " + closedCaseReference + " rating " + jdbc.queryForObject(
                "select rating from assistance_case where reference = ?", Integer.class, closedCaseReference)
                + "; case " + openCaseReference + " " + jdbc.queryForObject(
                "select status from assistance_case where reference = ?", String.class, openCaseReference);
    }

    private List<String> stored(Snapshot before) {
        List<String> found = new ArrayList<>();
        TABLES.forEach((table, columns) -> {
            List<Map<String, Object>> rows = jdbc.queryForList("select " + columns + " from " + table + " where id > ? order by id",
                    before.maxIds().get(table));
            if (!rows.isEmpty()) {
                found.add(rows.size() + " new row(s) in " + table + ": " + rows.stream().limit(8).map(ApiFuzzTest::showRow)
                        .collect(Collectors.joining("; ")) + (rows.size() > 8 ? "; ..." : ""));
            }
        });
        long inbound = jdbc.queryForObject("select count(*) from inbound_mail", Long.class);
        if (inbound != before.inbound()) {
            found.add((inbound - before.inbound()) + " new row(s) in inbound_mail");
        }
        long running = runtime.createProcessInstanceQuery().count();
        if (running > before.running()) {
            found.add((running - before.running()) + " more running process instance(s)");
        }
        long historic = history.createHistoricProcessInstanceQuery().count();
        if (historic != before.historic()) {
            List<HistoricProcessInstance> started = history.createHistoricProcessInstanceQuery()
                    .orderByProcessInstanceStartTime().desc().listPage(0, (int) Math.min(8, historic - before.historic()));
            found.add((historic - before.historic()) + " new process instance(s): " + started.stream().limit(8)
                    .map(p -> p.getProcessDefinitionKey() + " " + p.getBusinessKey()).toList());
        }
        String targetsNow = targetState();
        if (!targetsNow.equals(before.targets())) {
            found.add("a case behind a real token changed: before [" + before.targets() + "], after [" + targetsNow + "]");
        }
        return found;
    }

    /** The rows stored since last looked (at most 3 a table; the outbox by count), and looks no further back again. */
    private String newRows(Map<String, Long> seen) {
        List<String> found = new ArrayList<>();
        TABLES.forEach((table, columns) -> {
            List<Map<String, Object>> rows = jdbc.queryForList("select id, " + STORED_COLUMNS.getOrDefault(table, columns)
                    + " from " + table + " where id > ? order by id", seen.get(table));
            if (!rows.isEmpty()) {
                seen.put(table, ((Number) rows.get(rows.size() - 1).get("ID")).longValue());
                rows.forEach(r -> r.remove("ID"));
                found.add(table.equals("mail_outbox") ? rows.size() + " mail(s) queued"
                        : table + " " + rows.stream().limit(3).map(ApiFuzzTest::showRow).collect(Collectors.joining(" ")));
            }
        });
        return found.isEmpty() ? "nothing new" : String.join("; ", found);
    }

    private static String showRow(Map<String, Object> row) {
        return row.entrySet().stream().map(c -> c.getKey().toLowerCase(Locale.ROOT) + "=" + (c.getValue() == null ? "null"
                : show(String.valueOf(c.getValue())))).collect(Collectors.joining(", ", "{", "}"));
    }

    /** Waits (a little) until the job executors have nothing due, so rows of earlier work are not counted as ours. */
    private void awaitQuiet() {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until
                && processEngine.getManagementService().createJobQuery().executable().count() > 0) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // the server's log: which exception was behind a 5xx
    // ---------------------------------------------------------------------------------------------

    private static final class LogCapture extends AppenderBase<ILoggingEvent> {
        private final List<ILoggingEvent> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
                events.add(event);
            }
        }

        void clear() {
            events.clear();
        }

        String lastException() {
            synchronized (events) {
                for (int i = events.size() - 1; i >= 0; i--) {
                    IThrowableProxy t = events.get(i).getThrowableProxy();
                    if (t != null) {
                        StringBuilder chain = new StringBuilder();
                        for (IThrowableProxy c = t; c != null; c = c.getCause()) {
                            chain.append(chain.length() == 0 ? "" : " <- ").append(c.getClassName())
                                    .append(c.getMessage() == null ? "" : ": " + show(c.getMessage(), 120));
                        }
                        return chain.toString();
                    }
                }
                return events.isEmpty() ? null : "logged: " + show(events.get(events.size() - 1).getFormattedMessage(), 200);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // encoding and showing
    // ---------------------------------------------------------------------------------------------

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Percent-encoded for a path segment. */
    private static String path(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Percent-encoded for a query parameter value. */
    private static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Form-encoded. */
    private static String form(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Percent-decoded (as far as it decodes) for showing an input. */
    private static String decodeForShow(String encoded) {
        try {
            return java.net.URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notDecodable) {
            return encoded;
        }
    }

    private static String show(String text) {
        return show(text, 90);
    }

    /** Printable: control and invisible characters as \\uXXXX, long text shortened with its length. */
    private static String show(String text, int max) {
        if (text == null) {
            return "null";
        }
        String shown = text;
        if (text.length() > max) {
            int same = 1;
            while (same < text.length() && text.charAt(same) == text.charAt(0)) {
                same++;
            }
            shown = same == text.length() ? "<" + text.length() + " x '" + text.charAt(0) + "'>"
                    : text.substring(0, max - 20) + "…(" + text.length() + " chars)";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            boolean visible = c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0) && !Character.isSurrogate(c)
                    && Character.getType(c) != Character.FORMAT && c != 0x2028 && c != 0x2029 && c != 0xa0;
            if (Character.isHighSurrogate(c) && i + 1 < shown.length() && Character.isLowSurrogate(shown.charAt(i + 1))) {
                b.append(c).append(shown.charAt(++i));
            } else {
                b.append(visible ? String.valueOf(c) : String.format("\\u%04x", (int) c));
            }
        }
        return "\"" + b + "\"";
    }
}
