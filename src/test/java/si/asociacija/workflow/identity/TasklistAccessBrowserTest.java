package si.asociacija.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.TasklistBrowser;
import si.asociacija.workflow.WorkflowTest;

/**
 * Tasklist as each kind of person finds it in Chromium: staff without the actions they may not take
 * (creating tasks, changing a task's groups, assignee or dates), an admin with all of them.
 */
class TasklistAccessBrowserTest extends WorkflowTest {

    private static final By CREATE_TASK = By.cssSelector(".create-task-action");
    private static final By START_PROCESS = By.cssSelector(".start-process-action");
    private static final By ADD_COMMENT = By.cssSelector(".createCommentLink");
    private static final By COCKPIT_LINK = By.cssSelector(".instance-link");
    private static final By GROUPS = By.cssSelector("[cam-tasklist-task-meta] .groups");
    private static final By FOLLOW_UP = By.cssSelector("[cam-tasklist-task-meta] .followup-date");
    private static final By RESET_DUE_DATE = By.cssSelector("[cam-tasklist-task-meta] .reset-due-date");
    private static final By UNCLAIM = By.cssSelector("[cam-tasklist-task-meta] .unclaim");
    private static final By CLAIM = By.xpath("//button[contains(., 'Claim')]");

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

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
    void staffSeeTheActionsTheyMayTakeAndNotTheOthers() throws Exception {
        Task triage = triageTask();
        browser.logIn("staff");
        browser.openTask(triage.getId());
        browser.click(CLAIM);
        browser.awaitUntil(() -> browser.shows(START_PROCESS) && browser.shows(ADD_COMMENT) && browser.shows(COCKPIT_LINK)
                && !browser.fieldValue("Field_caseSummary").isEmpty(), "staff-actions-not-shown");
        browser.screenshot("staff-actions");

        assertThat(browser.shows(CREATE_TASK)).as("Create task").isFalse();
        assertThat(browser.shows(GROUPS)).as("the task's groups are shown").isTrue();
        assertThat(browser.driver().findElement(By.cssSelector("[cam-tasklist-task-meta] .groups > span"))
                .getCssValue("pointer-events")).as("but cannot be changed").isEqualTo("none");
        assertThat(browser.shows(FOLLOW_UP)).as("Set follow-up date").isFalse();
        assertThat(browser.shows(RESET_DUE_DATE)).as("reset the due date").isFalse();
        assertThat(browser.shows(UNCLAIM)).as("unclaim").isFalse();
    }

    @Test
    void anAdminKeepsEveryAction() throws Exception {
        Task triage = triageTask();
        browser.logIn("admin");
        browser.openTask(triage.getId());
        browser.click(CLAIM);
        browser.awaitUntil(() -> browser.shows(CREATE_TASK) && browser.shows(START_PROCESS) && browser.shows(FOLLOW_UP)
                && browser.shows(RESET_DUE_DATE) && browser.shows(UNCLAIM) && browser.shows(GROUPS), "admin-actions-not-shown");
        browser.screenshot("admin-actions");
        assertThat(browser.driver().findElement(By.cssSelector("[cam-tasklist-task-meta] .groups > span"))
                .getCssValue("pointer-events")).isEqualTo("auto");
    }

    private Task triageTask() throws Exception {
        String reference = AssistanceRequests.askForHelp(http, json, "Kako vpišem avtorske honorarje?");
        return taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    }
}
