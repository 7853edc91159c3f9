package si.asociacija.workflow.advocacy.internal.watch;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.camel.ProducerTemplate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import si.asociacija.workflow.AdvocacySourcesServer;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.mail.OutboxEntry;

/**
 * A source that cannot be read is never silent: a broken file, a page without the list, an HTTP error each
 * open one staff task with an incident in Cockpit and a mail to staff, and no case; a second failure while the
 * first is looked into opens nothing more; completing the task resolves the incident. Staff poll a source now.
 */
class SourceFailureTest extends WorkflowTest {

    private final WireMockServer server = AdvocacySourcesServer.server();
    private final List<WatchedSource> polled = new ArrayList<>();

    @Autowired
    private ProducerTemplate camel;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ObjectMapper json;

    @Test
    void aBrokenFeedRaisesOneFailureUntilStaffHaveLookedIntoIt() {
        WatchedSource source = source(SourceType.FEED, "<rss><channel><item><title>Javni razpis za kulturo</title>");

        PollReport report = poll(source);

        assertThat(report.failure()).contains("not well-formed XML");
        assertThat(report.opened()).isEmpty();
        ProcessInstance failure = failureOf(source);
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(failure.getId()).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(SourceFailures.INCIDENT_TYPE);
        assertThat(incident.getIncidentMessage()).contains(source.name(), source.url(), "not well-formed XML");
        Task task = taskService.createTaskQuery().processInstanceId(failure.getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_CheckSource");
        assertThat((String) taskService.getVariable(task.getId(), "sourceSummary"))
                .contains(source.name(), source.url(), "not well-formed XML");
        String staffMail = identityService.createUserQuery().userId("staff").singleResult().getEmail();
        assertThat(mailsTo(source, staffMail)).containsExactly("advocacy-source-failed");

        PollReport again = poll(source);

        assertThat(again.failure()).contains("not well-formed XML");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(SourceFailures.PROCESS_KEY)
                .processInstanceBusinessKey(SourceFailures.PREFIX + source.name()).count())
                .as("one open failure per source").isEqualTo(1);
        assertThat(mailsTo(source, staffMail)).as("no second mail while staff look into it").hasSize(1);

        taskService.complete(task.getId());

        assertThat(runtimeService.createIncidentQuery().processInstanceId(failure.getId()).count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(failure.getId()).count()).isZero();
        poll(source);
        assertThat(failureOf(source).getId()).as("failing again after it was looked into: a new task").isNotEqualTo(failure.getId());
        taskService.complete(taskService.createTaskQuery().processInstanceId(failureOf(source).getId()).singleResult().getId());
    }

    @Test
    void aPageWithoutTheListIsAChangedLayout() {
        String path = "/advocacy/" + UUID.randomUUID() + "/predlogi-predpisov.html";
        server.stubFor(get(urlPathEqualTo(path)).willReturn(ok("<div id=\"results\"><p>Stran je v prenovi.</p></div>")));
        WatchedSource source = new WatchedSource("edem-" + UUID.randomUUID().toString().substring(0, 8),
                SourceType.E_DEMOKRACIJA, AdvocacySourcesServer.url(path), List.of(), List.of("12533"), 20);

        PollReport report = poll(source);

        assertThat(report.failure()).contains("edemokracijaSeznam", "changed its layout");
        assertThat(report.opened()).isEmpty();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(failureOf(source).getId())
                .incidentType(SourceFailures.INCIDENT_TYPE).count()).isEqualTo(1);
    }

    @Test
    void anHttpErrorIsAFailureAndTheOtherSourcesAreReadAsEver() {
        String path = "/advocacy/" + UUID.randomUUID() + "/PZ.XML";
        server.stubFor(get(urlPathEqualTo(path)).willReturn(serverError().withBody("Internal error")));
        WatchedSource broken = new WatchedSource("dz-" + UUID.randomUUID().toString().substring(0, 8),
                SourceType.NATIONAL_ASSEMBLY, AdvocacySourcesServer.url(path), List.of(), List.of(), 1);
        WatchedSource fine = source(SourceType.FEED, WatchedPages.atom(UUID.randomUUID().toString()));

        PollReport report = poll(broken);
        PollReport other = poll(fine);

        assertThat(report.failure()).contains("500");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(failureOf(broken).getId()).count()).isEqualTo(1);
        String staffMail = identityService.createUserQuery().userId("staff").singleResult().getEmail();
        assertThat(mailsTo(broken, staffMail)).containsExactly("advocacy-source-failed");
        assertThat(other.failure()).isNull();
        assertThat(other.opened()).hasSize(1);
    }

    @Test
    void staffPollAConfiguredSourceNow() throws Exception {
        server.stubFor(get(urlPathEqualTo(AdvocacySourcesServer.NATIONAL_ASSEMBLY))
                .willReturn(ok(WatchedPages.nationalAssembly("PZ10|" + UUID.randomUUID()))));
        String path = "/api/advocacy-sources/dz-pz/poll";

        assertThat(http.postForEntity(path, null, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("board01", "demo").postForEntity(path, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("counsellor1", "demo").postForEntity(path, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("staff", "demo").postForEntity("/api/advocacy-sources/no-such-source/poll", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> answer = http.withBasicAuth("staff", "demo").postForEntity(path, null, String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode found = json.readTree(answer.getBody());
        assertThat(found.path("source").asText()).isEqualTo("dz-pz");
        assertThat(found.path("itemsRead").asInt()).isEqualTo(2);
        assertThat(found.path("matching").asInt()).isEqualTo(1);
        assertThat(found.path("opened")).hasSize(1);
        assertThat(found.path("opened").get(0).asText()).startsWith("ZS-");
    }

    /** The failures this test raised are looked into, so that staff's task list stays as it was. */
    @AfterEach
    void lookIntoFailures() {
        for (WatchedSource source : polled) {
            taskService.createTaskQuery().processInstanceBusinessKey(SourceFailures.PREFIX + source.name()).list()
                    .forEach(task -> taskService.complete(task.getId()));
        }
    }

    /** A feed of its own, with a name no earlier run used (a failure stays open until staff complete it). */
    private WatchedSource source(SourceType type, String body) {
        String path = "/advocacy/" + UUID.randomUUID() + "/feed";
        server.stubFor(get(urlPathEqualTo(path)).willReturn(ok(body)));
        return new WatchedSource("feed-" + UUID.randomUUID().toString().substring(0, 8), type,
                AdvocacySourcesServer.url(path), WatchSettings.DEFAULT_KEYWORDS, List.of(), 1);
    }

    private PollReport poll(WatchedSource source) {
        polled.add(source);
        return camel.requestBody(WatchRoutes.POLL, source, PollReport.class);
    }

    private ProcessInstance failureOf(WatchedSource source) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(SourceFailures.PROCESS_KEY)
                .processInstanceBusinessKey(SourceFailures.PREFIX + source.name()).singleResult();
    }

    private List<String> mailsTo(WatchedSource source, String recipient) {
        return outbox.messagesFor(SourceFailures.PREFIX + source.name()).stream()
                .filter(mail -> mail.recipient().equalsIgnoreCase(recipient)).map(OutboxEntry::template).toList();
    }
}
