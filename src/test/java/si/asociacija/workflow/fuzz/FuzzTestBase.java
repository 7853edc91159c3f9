package si.asociacija.workflow.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static si.asociacija.workflow.fuzz.JsonValues.render;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.fuzz.FuzzHttp.Answer;
import si.asociacija.workflow.fuzz.RealCases.Target;

/**
 * Hundreds of bad requests to every public and staff endpoint of the product's own API (not the
 * engine REST API, not the Camunda webapps): wrong JSON types, control characters, lone surrogates,
 * invisible values, huge and deeply nested values, duplicate keys, malformed bodies, wrong content
 * types, bad path and query parameters, bad logins. Deterministic (seeded, see {@link Ledger#SEED}).
 *
 * <p>Every answer must be a 4xx (a few inputs that may reasonably be accepted are only required not
 * to be a 5xx); a 400 of a JSON endpoint is application/problem+json and names the bad field or
 * parameter; no answer shows a stack trace; nothing is stored: no new row in the product's tables, no
 * new process instance, no queued mail, no change to the cases behind the real private links.
 *
 * <p>Prints {@code FUZZ: <endpoint> tried=N 4xx=N 5xx=N} per endpoint, {@code FUZZ TOTAL (<class>): ...}
 * per class, and each failure as {@code FUZZ FAIL: <endpoint> | <input> | <what happened>} (a 5xx with
 * the exception the server logged).
 *
 * <p>The fuzz classes share a context of their own (the per-address limits of the public intakes and of
 * failed logins out of the way, so that a bad login does not turn the next staff requests into 429s): its own engine name and SMTP server, no IMAP intake, closed when the run moves on to other
 * classes ({@link FuzzContext}), so it never takes work from the shared context of the other tests.
 * Subclasses add no configuration, so that they share it.
 */
@TestPropertySource(properties = {
        "asociacija.limits.public-intake.requests=1000000",
        "asociacija.limits.private-link.requests=1000000",
        "asociacija.limits.failed-logins.requests=1000000",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "spring.mail.host=127.0.0.1",
        // no webapps: they keep their last context in a static field, which must stay the shared one
        "camunda.bpm.webapp.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class FuzzTestBase extends WorkflowTest {

    @DynamicPropertySource
    static void ownSmtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", FuzzContext::smtpPort);
    }

    /** The cases behind real private links: made once a run (the database outlives a context). */
    private static RealCases cases;

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

    FuzzHttp http;
    Ledger ledger;

    @BeforeAll
    void setUp() throws Exception {
        http = new FuzzHttp(port);
        if (cases == null) {
            cases = makeRealCases();
        }
        ledger = new Ledger(jdbc, json, runtime, history, processEngine.getManagementService(), cases);
        System.out.println("FUZZ seed=" + Ledger.SEED + " run=" + ValidRequests.RUN + " port=" + port);
    }

    @AfterAll
    void summary() {
        ledger.printTotal(getClass().getSimpleName());
        http.close();
    }

    RealCases cases() {
        return cases;
    }

    // ---------------------------------------------------------------------------------------------
    // real cases behind real tokens
    // ---------------------------------------------------------------------------------------------

    private RealCases makeRealCases() throws Exception {
        JsonNode received = created("/api/membership-applications", render(ValidRequests.membership(), Map.of()));
        JsonNode missing = missingInfoApplication();
        JsonNode missing2 = missingInfoApplication();
        JsonNode open = created("/api/assistance-requests", render(ValidRequests.assistance(), Map.of()));
        JsonNode closed = created("/api/assistance-requests", render(ValidRequests.assistance(), Map.of()));
        String closedReference = closed.get("reference").asText();
        complete(closedReference, "Task_Triage", Map.of("triageDecision", "SPAM"));
        assertThat(jdbc.queryForObject("select status from assistance_case where reference = ?", String.class,
                closedReference)).isEqualTo("CLOSED");

        long outboxId = jdbc.queryForObject("select min(id) from mail_outbox where reference = ?", Long.class,
                received.get("reference").asText());
        List<Target> targets = List.of(
                new Target("real token: application just received", token(received), 4000),
                new Target("real token: application waiting for missing information", token(missing), 4000),
                new Target("real token: open assistance case", token(open), 20000),
                new Target("real token: closed assistance case", token(closed), 20000));
        return new RealCases(targets, token(missing2), missing.get("reference").asText(), missing2.get("reference").asText(),
                open.get("reference").asText(), closedReference, outboxId);
    }

    private JsonNode created(String path, String body) throws Exception {
        Answer answer = http.post(path, body);
        assertThat(answer.status()).as("valid request to %s: %s", path, answer.body()).isEqualTo(201);
        return json.readTree(answer.body());
    }

    private JsonNode missingInfoApplication() throws Exception {
        JsonNode missing = created("/api/membership-applications", render(ValidRequests.membership(), Map.of()));
        String reference = missing.get("reference").asText();
        complete(reference, "Task_CheckCompleteness", Map.of("complete", false, "missingInfo", "Priložite statut društva."));
        assertThat(RealCases.applicationStatus(jdbc, reference)).isEqualTo("MISSING_INFO");
        return missing;
    }

    private static String token(JsonNode created) {
        String url = created.get("statusUrl").asText();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private void complete(String businessKey, String taskKey, Map<String, Object> variables) {
        Task task = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult(), t -> t != null);
        tasks.complete(task.getId(), variables);
        awaitJobs(task.getProcessInstanceId());
    }
}
