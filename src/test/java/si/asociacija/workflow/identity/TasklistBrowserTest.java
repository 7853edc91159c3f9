package si.asociacija.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.TasklistBrowser;
import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;

/**
 * Tasklist in a real browser (Debian's Chromium and ChromeDriver, installed by .ci/run): staff log in
 * and complete the completeness check in its form, a board member votes in theirs, staff give a case
 * to a counsellor picked from the counsellors' group, a counsellor answers it.
 */
class TasklistBrowserTest extends WorkflowTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

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
    void staffCheckAnApplicationAndABoardMemberVotesInTasklist() throws Exception {
        String reference = apply();
        Task check = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();

        browser.logIn("staff");
        browser.openTask(check.getId());
        browser.click(By.xpath("//button[contains(., 'Claim')]"));
        browser.await().until(d -> browser.fieldValue("Field_applicationSummary").contains(reference));
        browser.await().until(d -> browser.fieldValue("Field_registerFindings").contains("Samozaposlen v kulturi (FURS)"));
        browser.screenshot("staff-check-completeness");
        browser.click(By.xpath("//label[contains(., 'Popolna')]"));
        browser.click(By.xpath("//button[normalize-space()='Complete']"));
        waitUntilGone(check.getId());

        Task vote = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskAssignee("board01").singleResult();
        assertThat(vote).as("board01's vote task").isNotNull();
        browser.logOut();
        browser.logIn("board01");
        browser.openTask(vote.getId());
        browser.await().until(d -> browser.fieldValue("Field_title").contains("Sprejem v članstvo"));
        assertThat(browser.fieldValue("Field_motionText")).contains(reference).doesNotContain("@example.si");
        browser.screenshot("board-vote");
        browser.click(By.xpath("//label[contains(., 'Za / Approve')]"));
        browser.driver().findElement(By.cssSelector("textarea[id$='Field_comment']")).sendKeys("Podpiram.");
        browser.click(By.xpath("//button[normalize-space()='Complete']"));
        waitUntilGone(vote.getId());

        assertThat(json.readTree(http.withBasicAuth("staff", "demo").getForEntity("/api/resolutions", String.class).getBody())
                .findValues("votes").stream().flatMap(v -> StreamSupport.stream(v.spliterator(), false))
                .filter(v -> v.get("comment") != null && "Podpiram.".equals(v.get("comment").asText())).count()).isPositive();
    }

    @Test
    void staffPutAMotionToTheBoardFromTasklist() {
        String title = "Sklep o podpori pozivu " + UUID.randomUUID().toString().substring(0, 6);
        browser.logIn("staff");
        browser.startProcess("Board decision");
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='Field_title']"))).sendKeys(title);
        browser.driver().findElement(By.cssSelector("[id$='Field_motionText']")).sendKeys("Upravni odbor podpre poziv.");
        WebElementValue period = new WebElementValue(browser.driver().findElement(By.cssSelector("[id$='Field_votingPeriod']")));
        assertThat(period.value()).isEqualTo("P7D");
        browser.screenshot("staff-start-motion");
        browser.click(By.xpath("//button[normalize-space()='Start']"));

        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("board-decision").variableValueEquals("title", title).count() == 1);
        String motion = runtimeService.createProcessInstanceQuery().processDefinitionKey("board-decision")
                .variableValueEquals("title", title).singleResult().getBusinessKey();
        assertThat(motion).matches("UO-\\d{4}/\\d{3}");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(motion).count()).isEqualTo(13);
    }

    @Test
    void staffGiveACaseToACounsellorChosenFromTheCounsellorsGroup() throws Exception {
        String reference = AssistanceRequests.askForHelp(http, json, "Ali lahko dobim pomoč pri pogodbi?");
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();

        browser.logIn("staff");
        browser.openTask(triage.getId());
        browser.click(By.xpath("//button[contains(., 'Claim')]"));
        browser.await().until(d -> browser.fieldValue("Field_thread").contains("pogodbi"));
        browser.click(By.xpath("//label[contains(., 'Dodeli svetovalcu')]"));
        assertThat(browser.openSelect("Field_counsellor")).containsExactlyInAnyOrderElementsOf(
                identityService.createUserQuery().memberOfGroup(Groups.COUNSELLORS).list().stream().map(People::displayName).toList());
        browser.pick("Svetovalec 2 (Counsellor)");
        browser.screenshot("staff-triage");
        browser.click(By.xpath("//button[normalize-space()='Complete']"));
        waitUntilGone(triage.getId());

        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).taskAssignee("counsellor2").count())
                .as("the case is counsellor2's").isEqualTo(1);
    }

    @Test
    void aCounsellorAnswersAnAssistanceCaseInTasklist() throws Exception {
        String reference = AssistanceRequests.askForHelp(http, json, "Ali mi pripada plačilo prispevkov?");
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        taskService.complete(triage.getId(), Map.of("triageDecision", "ASSIGN", "topic", "SOCIAL_SECURITY",
                "priority", "NORMAL", "counsellor", "counsellor1"));
        Task work = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();

        browser.logIn("counsellor1");
        browser.openTask(work.getId());
        browser.await().until(d -> browser.fieldValue("Field_thread").contains("Ali mi pripada plačilo prispevkov?"));
        browser.driver().findElement(By.cssSelector("textarea[id$='Field_answer']")).sendKeys("Da, če izpolnjujete pogoje.");
        browser.click(By.cssSelector("input[id$='Field_nextState-2']")); // Rešeno / Resolved
        browser.screenshot("counsellor-work");
        browser.click(By.xpath("//button[normalize-space()='Complete']"));
        waitUntilGone(work.getId());

        assertThat(mailTemplates(reference)).containsExactly("case-received", "case-answer", "case-resolved");
    }

    @Test
    void cockpitShowsBothProcessDiagramsToStaff() {
        for (String key : new String[] {"membership-application", "board-decision"}) {
            String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(key).latestVersion().singleResult().getId();
            if (key.startsWith("membership")) {
                browser.logIn("cockpit", "staff");
            }
            browser.driver().get(browser.base() + "/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
            String firstTask = key.startsWith("membership") ? "Task_CheckCompleteness" : "Task_BoardVote";
            try {
                browser.await().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("g.djs-element[data-element-id='" + firstTask + "']")));
            } finally {
                browser.screenshot("cockpit-" + key);
            }
        }
    }

    private record WebElementValue(WebElement element) {
        String value() {
            return element.getDomProperty("value");
        }
    }

    private String apply() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = json.writeValueAsString(Map.of("type", "INDIVIDUAL", "name", "Maja Plesalka",
                "email", TestData.email("maja"), "address", "Metelkova 6, Ljubljana", "field", "PERFORMING_ARTS",
                "motivation", "Sodobni ples.", "language", "sl", "consent", true));
        return json.readTree(http.postForEntity("/api/membership-applications", new HttpEntity<>(body, headers), String.class)
                .getBody()).get("reference").asText();
    }

    private void waitUntilGone(String taskId) {
        browser.awaitUntil(() -> taskService.createTaskQuery().taskId(taskId).count() == 0, "not-completed");
    }
}
