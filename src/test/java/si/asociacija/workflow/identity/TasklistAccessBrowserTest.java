package si.asociacija.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
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
import si.asociacija.workflow.board.BoardDecision;
import si.asociacija.workflow.portal.PublicLinks;

/**
 * Tasklist as each kind of person finds it in Chromium: a board member who follows the link in the
 * vote mail before logging in passes Tasklist's login page and lands on the vote; staff and board
 * members without the actions they may not take (creating tasks, changing a task's groups, assignee
 * or dates), an admin with all of them.
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
    private static final By ASSIGNEE = By.cssSelector("[cam-tasklist-task-meta] .assignee [cam-widget-inline-field]");

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    PublicLinks links;
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
    void aBoardMemberFollowsTheVoteMailsLinkLogsInAndLandsOnTheVote() {
        String title = "Sklep o podpori " + UUID.randomUUID().toString().substring(0, 6);
        String motion = processEngine.getRuntimeService().startProcessInstanceByKey(BoardDecision.PROCESS_KEY,
                new BoardDecision.Motion(title, "Upravni odbor podpre poziv.", null, null).variables()).getId();
        Task vote = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> taskService.createTaskQuery()
                .processInstanceId(motion).taskAssignee("board01").singleResult(), task -> task != null);

        String resolution = processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(motion)
                .singleResult().getBusinessKey();
        assertThat(mailTemplatesTo(resolution, "board01@asociacija.local")).as("the mail with the link").contains("board-vote-open");

        browser.driver().get(links.task(vote.getId()).replace(links.base(), browser.base()));
        browser.logInHere("board01");

        browser.awaitUntil(() -> browser.fieldValue("Field_title").contains(title), "board-member-from-mail-not-on-vote");
        assertThat(browser.driver().getCurrentUrl()).contains("task=" + vote.getId());
        assertThat(browser.shows(By.xpath("//label[contains(., 'Za / Approve')]"))).as("the vote's choices").isTrue();
        browser.screenshot("board-member-from-mail");
        assertThat(browser.shows(CREATE_TASK)).as("Create task").isFalse();
        assertThat(browser.shows(START_PROCESS)).as("Start process (a board member starts none)").isFalse();
        assertThat(browser.shows(ADD_COMMENT)).as("Add comment (needs the process's history)").isFalse();
        assertThat(browser.shows(COCKPIT_LINK)).as("the link to Cockpit").isFalse();
        assertThat(browser.shows(GROUPS)).as("Add groups").isFalse();
        assertThat(browser.shows(FOLLOW_UP)).as("Set follow-up date").isFalse();
        assertThat(browser.shows(RESET_DUE_DATE)).as("reset the due date").isFalse();
        assertThat(browser.shows(UNCLAIM)).as("unclaim").isFalse();
    }

    @Test
    void staffSeeTheActionsTheyMayTakeAndNotTheOthers() throws Exception {
        Task triage = triageTask();
        browser.logIn("staff");
        claim(triage);
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
        claim(triage);
        browser.awaitUntil(() -> browser.shows(CREATE_TASK) && browser.shows(START_PROCESS) && browser.shows(FOLLOW_UP)
                && browser.shows(RESET_DUE_DATE) && browser.shows(UNCLAIM) && browser.shows(GROUPS), "admin-actions-not-shown");
        browser.screenshot("admin-actions");
        assertThat(browser.driver().findElement(By.cssSelector("[cam-tasklist-task-meta] .groups > span"))
                .getCssValue("pointer-events")).isEqualTo("auto");
    }

    /** Opens the task and claims it; its assignee is shown. */
    private void claim(Task task) {
        browser.openTask(task.getId());
        browser.click(CLAIM);
        browser.awaitUntil(() -> browser.shows(ASSIGNEE), "not-claimed");
    }

    private Task triageTask() throws Exception {
        String reference = AssistanceRequests.askForHelp(http, json, "Kako vpišem avtorske honorarje?");
        return taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    }
}
