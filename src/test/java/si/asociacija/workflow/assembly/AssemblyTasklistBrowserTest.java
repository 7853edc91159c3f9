package si.asociacija.workflow.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static si.asociacija.workflow.assembly.AssemblySession.ok;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.TasklistBrowser;
import si.asociacija.workflow.WorkflowTest;

/**
 * The general assembly in Tasklist in a real browser: staff see who has checked in, register those in
 * the room and name the working bodies in Registration and quorum.
 */
class AssemblyTasklistBrowserTest extends WorkflowTest {

    private static final String RESOLUTION = "{\"title\": \"Sprejem letnega poročila\", \"kind\": \"RESOLUTION\", \"ballot\": \"NAMED\"}";
    private static final String INFORMATION = "{\"title\": \"Poročilo predsednika\", \"kind\": \"INFORMATION\"}";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private AssemblySession s;
    private TasklistBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = TasklistBrowser.open(port);
        s = new AssemblySession(http, json, jdbc, processEngine);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void staffRegisterThoseInTheRoomAndOpenTheAssemblyInTasklist() throws Exception {
        s.members(5, "dvorana").convene(true, RESOLUTION, INFORMATION);
        s.timerFires();
        ok(s.checkIn(0));
        Task registration = registrationTask();
        String attendance = "Members convened with voting rights: 5; present: 1; represented by proxy: 0";
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> String.valueOf(processEngine.getRuntimeService()
                .getVariable(s.process().getId(), "registrationSummary")).contains(attendance));

        browser.logIn("staff");
        claim(registration);
        assertThat(browser.fieldValue("Field_registrationSummary")).contains(attendance);
        browser.type("textarea", "Field_present", s.numbers.get(1) + "\ndvorana Član 2");
        fillWorkingBodies();
        browser.screenshot("assembly-registration");
        browser.click(By.xpath("//button[normalize-space()='Complete']"));
        browser.awaitUntil(() -> processEngine.getTaskService().createTaskQuery().taskId(registration.getId()).count() == 0,
                "assembly-registration-not-completed");

        JsonNode live = s.live();
        assertThat(live.get("state").asText()).isEqualTo("IN_SESSION");
        assertThat(live.get("quorate").asBoolean()).isTrue();
        assertThat(live.get("entitled").asInt()).isEqualTo(5);
        assertThat(live.get("present").asInt()).isEqualTo(3);
        assertThat(live.get("workingBodies")).extracting(JsonNode::asText)
                .containsExactly("Ana Novak", "Bor Kralj", "Cvetka Zupan", "Darja Horvat");
        assertThat(s.link(2).get("attendance").asText()).isEqualTo("IN_PERSON");
        assertThat(s.process()).isWaitingAt("Task_OpenVoting");
    }

    @Test
    void aNameThatIsNoConvenedMemberIsShownAndChangesNothing() throws Exception {
        s.members(4, "neznan").convene(true, INFORMATION);
        s.timerFires();
        ok(s.checkIn(0));
        Task registration = registrationTask();
        String stranger = "Nekdo Neznan " + UUID.randomUUID().toString().substring(0, 6);

        browser.logIn("staff");
        claim(registration);
        browser.type("textarea", "Field_present", s.numbers.get(1) + "\n" + stranger);
        fillWorkingBodies();
        browser.click(By.xpath("//button[normalize-space()='Complete']"));
        browser.awaitNotification("present: no convened member by this number or name: " + stranger,
                "assembly-registration-unknown");

        assertThat(processEngine.getTaskService().createTaskQuery().taskId(registration.getId()).count()).isEqualTo(1);
        JsonNode live = s.live();
        assertThat(live.get("state").asText()).isEqualTo("REGISTRATION");
        assertThat(live.get("present").asInt()).isEqualTo(1);
        assertThat(live.get("workingBodies")).isEmpty();
        assertThat(s.link(1).get("attendance").isNull()).as("member 1 is not checked in").isTrue();
        assertThat(s.process()).isWaitingAt("Task_Registration");
    }

    private Task registrationTask() {
        Task task = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(s.reference)
                .taskDefinitionKey("Task_Registration").singleResult();
        assertThat(task).as("Registration and quorum").isNotNull();
        return task;
    }

    private void claim(Task registration) {
        browser.openTask(registration.getId());
        browser.click(By.xpath("//button[contains(., 'Claim')]"));
        browser.await().until(d -> browser.fieldValue("Field_registrationSummary").contains(s.reference));
    }

    private void fillWorkingBodies() {
        browser.type("input", "Field_chair", "Ana Novak");
        browser.type("input", "Field_recorder", "Bor Kralj");
        browser.type("input", "Field_verifier1", "Cvetka Zupan");
        browser.type("input", "Field_verifier2", "Darja Horvat");
    }
}
