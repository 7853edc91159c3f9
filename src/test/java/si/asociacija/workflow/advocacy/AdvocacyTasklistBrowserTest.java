package si.asociacija.workflow.advocacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import si.asociacija.workflow.TasklistBrowser;
import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;

/** Staff review a draft and the lead writes the position in Tasklist, with the advocacy forms as they render there. */
class AdvocacyTasklistBrowserTest extends WorkflowTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    private TasklistBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = TasklistBrowser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffReviewADraftAndTheLeadDraftsThePositionWithTheMembersViews() {
        String member = TestData.email("glasbenica");
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        assertThat(http.withBasicAuth("staff", "demo").postForEntity("/api/members/import", new HttpEntity<>(
                ("type,name,email,registrationNumber,taxNumber,field,joinDate,language,representative\n"
                        + "INDIVIDUAL,Nina Glasbenica," + member + ",,,MUSIC,2020-01-01,sl,\n").getBytes(StandardCharsets.UTF_8), csv),
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        String title = "Predlog Zakona o glasbi " + UUID.randomUUID().toString().substring(0, 8);
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> opened = http.withBasicAuth("staff", "demo").postForEntity("/api/advocacy-cases", new HttpEntity<>(
                Map.of("title", title, "proposer", "Ministrstvo za kulturo", "consultationDeadline", LocalDate.now().plusDays(45).toString()),
                json), Map.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String reference = (String) opened.getBody().get("reference");
        Task review = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        String proposed = (String) taskService.getVariable(review.getId(), "responseDeadline");

        browser.logIn("staff");
        browser.openTask(review.getId());
        browser.click(By.xpath("//button[contains(., 'Claim')]"));
        browser.await().until(d -> browser.fieldValue("Field_draftSummary").contains(title));
        browser.click(By.xpath("//label[contains(., 'Ukrepamo')]"));
        browser.click(By.xpath("//label[contains(., 'Glasba / Music')]"));
        browser.click(By.xpath("//label[contains(., 'Uprizoritvene umetnosti / Performing arts')]"));
        assertThat(browser.openSelect("Field_lead")).contains("Pisarna (Office)", "Pisarna 2 (Office)");
        browser.pick("Pisarna (Office)");
        browser.type("input", "Field_consultationAddress", "gp.mk@gov.si");
        browser.screenshot("advocacy-review");
        browser.click(By.xpath("//button[normalize-space()='Complete']"));
        browser.awaitUntil(() -> taskService.createTaskQuery().taskId(review.getId()).count() == 0, "advocacy-review-not-completed");

        Map<?, ?> detail = http.withBasicAuth("staff", "demo").getForObject("/api/advocacy-cases/" + reference, Map.class);
        assertThat(detail.get("status")).isEqualTo("GATHERING_VIEWS");
        assertThat((List<Object>) detail.get("fields")).containsExactlyInAnyOrder("MUSIC", "PERFORMING_ARTS");
        assertThat(detail.get("responseDeadline")).as("the proposed deadline, kept").isEqualTo(proposed);
        assertThat(detail.get("lead")).isEqualTo("staff");
        assertThat(mailTemplatesTo(reference, member)).containsExactly("advocacy-views-invitation");

        assertThat(http.withBasicAuth("staff", "demo").postForEntity("/api/advocacy-cases/" + reference + "/close-views", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Task position = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskAssignee("staff").singleResult();
        browser.openTask(position.getId());
        browser.await().until(d -> browser.fieldValue("Field_viewsSummary").contains("Glasba / Music: 0 od "));
        browser.type("textarea", "Field_positionText", "Asociacija podpira predlog z dvema pripombama.");
        browser.screenshot("advocacy-position");
        browser.click(By.xpath("//button[normalize-space()='Complete']"));
        browser.awaitUntil(() -> taskService.createTaskQuery().taskId(position.getId()).count() == 0, "advocacy-position-not-completed");

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("board-decision")
                .processInstanceBusinessKey(reference).count()).as("the position is with the board").isOne();
    }
}
