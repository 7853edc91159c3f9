package si.asociacija.workflow.advocacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.advocacy.internal.watch.Draft;
import si.asociacija.workflow.privacy.Erasure;
import si.asociacija.workflow.privacy.PersonalDataExport;

/** A member's personal view link, over HTTP as the member's browser uses it. */
class MemberViewLinkTest extends WorkflowTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AdvocacyIntake intake;
    @Autowired
    AdvocacyCaseRepository cases;
    @Autowired
    MemberViewRepository views;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AdvocacyPersonalData personalData;

    @Test
    void aMemberReadsTheDraftAndGivesAViewWithFilesUntilTheCutOff() {
        String email = TestData.email("oblikovalka");
        Invited invited = invite(email);
        String link = "/views/" + invited.token();

        ResponseEntity<String> page = http.exchange(link, HttpMethod.GET, accept(MediaType.TEXT_HTML), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains(invited.title()).contains("Arhitektura in oblikovanje").contains("/pages/views.js")
                .doesNotContain(email).doesNotContain("<script>");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");

        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4 pripombe".getBytes(StandardCharsets.UTF_8));
        ResponseEntity<String> given = post(link, "{\"text\":\"Predlog pozablja na oblikovalce.\",\"files\":[{\"name\":\"C:\\\\moje\\\\pripombe.pdf\","
                + "\"contentType\":\"application/pdf\",\"content\":\"" + pdf + "\"}]}");
        assertThat(given.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(given.getBody()).contains("\"files\":[\"pripombe.pdf\"]").contains("\"open\":true");

        // a second view replaces the first
        assertThat(post(link, "{\"text\":\"Popravljeno mnenje.\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        MemberView view = transactions.execute(status -> {
            MemberView v = views.findByToken(invited.token()).orElseThrow();
            v.getFiles().size();
            return v;
        });
        assertThat(view.getText()).isEqualTo("Popravljeno mnenje.");
        assertThat(view.getFiles()).isEmpty();

        execute(job("Timer_ReminderTime", invited.process()));
        execute(job("Timer_ViewsCutOff", invited.process()));
        ResponseEntity<String> late = post(link, "{\"text\":\"Prepozno.\"}");
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(http.exchange(link, HttpMethod.GET, accept(MediaType.TEXT_HTML), String.class).getBody())
                .contains("Zbiranje mnenj o tem osnutku je zaključeno.").doesNotContain("<form");
    }

    @Test
    void staffCloseTheViewsEarlySoTheLeadDraftsNowAndNoReminderGoesOut() {
        String email = TestData.email("zgodaj");
        Invited invited = invite(email);
        String reference = invited.process().getBusinessKey();
        assertThat(http.withBasicAuth("board01", "demo").postForEntity("/api/advocacy-cases/" + reference + "/close-views", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(http.withBasicAuth("staff", "demo").postForEntity("/api/advocacy-cases/" + reference + "/close-views", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        BpmnAwareTests.assertThat(invited.process()).isWaitingAt("Task_DraftPosition");
        assertThat(mailTemplatesTo(reference, email)).containsExactly("advocacy-views-invitation");
        assertThat(post("/views/" + invited.token(), "{\"text\":\"Prepozno.\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.withBasicAuth("staff", "demo").postForEntity("/api/advocacy-cases/" + reference + "/close-views", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void badViewsAreRefusedNamingTheFieldAndChangeNothing() {
        Invited invited = invite(TestData.email("oblikovalec"));
        String link = "/views/" + invited.token();
        String file = "{\"name\":\"a.pdf\",\"contentType\":\"application/pdf\",\"content\":\"JVBERg==\"}";

        assertRefused(post(link, "{\"text\":\"   \"}"), "text");
        assertRefused(post(link, "{\"text\":\"Mnenje\",\"files\":[" + file + "," + file + "," + file + "," + file + "]}"), "files");
        assertRefused(post(link, "{\"text\":\"Mnenje\",\"files\":[{\"name\":\"a.exe\",\"contentType\":\"application/x-msdownload\","
                + "\"content\":\"TVo=\"}]}"), "files[0].contentType");
        assertRefused(post(link, "{\"text\":\"Mnenje\",\"files\":[{\"name\":\"a.pdf\",\"contentType\":\"application/pdf\","
                + "\"content\":\"ni base64!\"}]}"), "files[0].content");
        assertThat(views.findByToken(invited.token()).orElseThrow().getGivenAt()).isNull();

        assertThat(http.exchange("/views/" + UUID.randomUUID(), HttpMethod.GET, accept(MediaType.TEXT_HTML), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("/views/" + UUID.randomUUID(), "{\"text\":\"Mnenje\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aMembersViewsAreExportedAndErasedWithTheirFiles() {
        String email = TestData.email("izbris");
        Invited invited = invite(email);
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        assertThat(post("/views/" + invited.token(), "{\"text\":\"Moje mnenje.\",\"files\":[{\"name\":\"a.pdf\","
                + "\"contentType\":\"application/pdf\",\"content\":\"" + pdf + "\"}]}").getStatusCode()).isEqualTo(HttpStatus.OK);

        PersonalDataExport export = new PersonalDataExport();
        personalData.export(email.toUpperCase(), export);
        assertThat(export.documents()).singleElement().satisfies(d -> assertThat(d.value().toString())
                .contains("Moje mnenje.").contains(invited.title()));
        assertThat(export.files()).singleElement().satisfies(f -> assertThat(f.path()).endsWith("-a.pdf"));

        Erasure erasure = new Erasure(Instant.now());
        personalData.erase(email, erasure);
        assertThat(erasure.count()).isOne();
        MemberView erased = transactions.execute(status -> {
            MemberView v = views.findById(viewId(invited.token(), erasure)).orElseThrow();
            v.getFiles().size();
            return v;
        });
        assertThat(erased.getName()).isEqualTo(Erasure.ANONYMISED_NAME);
        assertThat(erased.getText()).isNull();
        assertThat(erased.getFiles()).isEmpty();
        assertThat(erased.getGivenAt()).as("still counted as given").isNotNull();
        assertThat(http.exchange("/views/" + invited.token(), HttpMethod.GET, accept(MediaType.TEXT_HTML), String.class)
                .getStatusCode()).as("the old link is dead").isEqualTo(HttpStatus.NOT_FOUND);
    }

    private long viewId(String oldToken, Erasure erasure) {
        String key = erasure.byKind().get(AdvocacyPersonalData.VIEWS).iterator().next();
        String reference = key.substring(0, key.indexOf('/'));
        String member = key.substring(key.indexOf('/') + 1);
        return transactions.execute(status -> views.findByAdvocacyCaseOrderByFieldAscMembershipNumberAsc(
                cases.findByReference(reference).orElseThrow()).stream().filter(v -> v.getMembershipNumber().equals(member))
                .findFirst().orElseThrow().getId());
    }

    private void assertRefused(ResponseEntity<String> response, String field) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("\"field\":\"" + field + "\"");
    }

    private record Invited(String token, String title, ProcessInstance process) {
    }

    private Invited invite(String email) {
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        String rows = "type,name,email,registrationNumber,taxNumber,field,joinDate,language,representative\n"
                + "INDIVIDUAL,Eva Oblikovalka," + email + ",,,ARCHITECTURE_AND_DESIGN,2020-01-01,sl,\n";
        assertThat(http.withBasicAuth("staff", "demo").postForEntity("/api/members/import",
                new HttpEntity<>(rows.getBytes(StandardCharsets.UTF_8), csv), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        String id = UUID.randomUUID().toString();
        String title = "Pravilnik o oblikovanju " + id.substring(0, 8);
        String reference = intake.offer(new Draft("test", id, title, "Ministrstvo za kulturo", null, null, LocalDate.now(),
                LocalDate.now().plusDays(40), null)).orElseThrow();
        ProcessInstance process = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("advocacy-case").singleResult();
        complete(task(process), Map.of("decision", "ACT", "responseDeadline",
                taskService.getVariable(task(process).getId(), "responseDeadline"), "fields", "ARCHITECTURE_AND_DESIGN", "lead", "staff"));
        String token = transactions.execute(status -> views.findByAdvocacyCaseOrderByFieldAscMembershipNumberAsc(
                cases.findByReference(reference).orElseThrow()).stream().filter(v -> v.getEmail().equals(email))
                .findFirst().orElseThrow().getToken());
        return new Invited(token, title, process);
    }

    private ResponseEntity<String> post(String link, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return http.exchange(link, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }

    private static HttpEntity<Void> accept(MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(type));
        return new HttpEntity<>(headers);
    }
}
