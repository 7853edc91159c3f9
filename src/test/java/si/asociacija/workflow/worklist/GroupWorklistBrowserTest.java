package si.asociacija.workflow.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.TasklistBrowser;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.identity.Groups;

/**
 * Each group in Tasklist, in Slovene, as a new user meets it: staff see their filters with the counts
 * the engine gives them; a board member sees only *Moja glasovanja* and votes; a counsellor sees
 * *Moji primeri*. Every task line names its reference and person. Screenshots in target/tasklist.
 */
class GroupWorklistBrowserTest extends WorkflowTest {

    private static final By FILTERS = By.cssSelector(".task-filters .task-filter");

    @LocalServerPort
    int port;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    private TasklistBrowser browser;
    private WorklistCases cases;

    @BeforeEach
    void cases() {
        cases = new WorklistCases(http, json, runtimeService, taskService);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void staffSeeTheirFiltersWithTheirCountsInSlovene() throws Exception {
        String application = cases.application("Zavod Primer");
        String request = cases.assistanceRequest("Tina Igralka");
        browser = TasklistBrowser.open(port, "sl");
        browser.logIn("staff");
        browser.awaitUntil(() -> browser.driver().getCurrentUrl().contains("dueDate"), "worklist-staff-sorting");
        browser.screenshot("worklist-staff-due-date-first");
        newestFirst();

        assertThat(filterNames()).containsExactly("Prijave v pregled", "Primeri za razvrstitev", "Zamujeno", "Skupščina", "Zagovorništvo", "Registri", "Moje naloge");
        for (String name : filterNames()) {
            showFilter(name);
            browser.awaitUntil(() -> shownCount().equals(String.valueOf(count("staff", Groups.STAFF, name))),
                    "worklist-staff-count");
            browser.screenshot("worklist-staff-" + name.replace(' ', '-'));
        }
        showFilter("Prijave v pregled");
        awaitTaskLine("Preveri popolnost prijave — " + application + " Zavod Primer");
        showFilter("Primeri za razvrstitev");
        awaitTaskLine("Razvrsti in dodeli — " + request + " Tina Igralka");
        String page = browser.driver().findElement(By.tagName("body")).getText();
        assertThat(page).contains("Zaženi proces", "Zadeva", "Tema").doesNotContain("Start process", "migrate to Camunda 8");
        assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner"))).allMatch(banner -> !banner.isDisplayed());
        browser.screenshot("worklist-staff");
    }

    @Test
    void aBoardMemberSeesOnlyTheirVotesAndVotes() {
        String resolution = cases.motion("Sklep o podpori pozivu");
        browser = TasklistBrowser.open(port, "sl");
        browser.logIn("board01");
        newestFirst();

        assertThat(filterNames()).containsExactly("Moja glasovanja");
        String line = "Glasuj — " + resolution + " Sklep o podpori pozivu";
        awaitTaskLine(line);
        browser.screenshot("worklist-board");
        browser.click(By.xpath("//*[contains(@class, 'tasks-list')]//a[contains(., '" + line + "')]"));
        browser.click(By.xpath("//label[contains(., 'Za')]"));
        browser.screenshot("worklist-board-vote");
        browser.click(By.xpath("//button[normalize-space()='Dokončaj']"));
        browser.awaitUntil(() -> taskService.createTaskQuery().processInstanceBusinessKey(resolution)
                .taskAssignee("board01").count() == 0, "worklist-board-not-voted");
    }

    @Test
    void aCounsellorSeesTheirCases() throws Exception {
        String reference = cases.caseOf("counsellor1", "Nina Kiparka");
        browser = TasklistBrowser.open(port, "sl");
        browser.logIn("counsellor1");
        newestFirst();

        assertThat(filterNames()).containsExactly("Moji primeri", "Moje naloge");
        awaitTaskLine("Obravnavaj primer — " + reference + " Nina Kiparka");
        browser.awaitUntil(() -> shownCount().equals(String.valueOf(count("counsellor1", Groups.COUNSELLORS, "Moji primeri"))),
                "worklist-counsellor-count");
        browser.screenshot("worklist-counsellor");
    }

    @Test
    void staffFindACaseInCockpitByItsReference() throws Exception {
        String application = cases.application("Zavod Iskalnik");
        cases.application("Zavod Drugi");
        String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("membership-application").latestVersion().singleResult().getId();
        browser = TasklistBrowser.open(port, "sl");
        browser.logIn("cockpit", "staff");
        browser.driver().get(browser.base() + "/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
        By searchField = By.cssSelector("[cam-widget-search] input.main-field");
        browser.awaitUntil(() -> browser.driver().findElements(searchField).stream().anyMatch(WebElement::isDisplayed),
                "worklist-cockpit");
        browser.driver().findElements(searchField).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow()
                .sendKeys(application, Keys.ENTER);
        browser.awaitUntil(() -> {
            List<String> keys = browser.driver().findElements(By.cssSelector("td.business-key")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
            return keys.equals(List.of(application));
        }, "worklist-cockpit-search");
        browser.screenshot("worklist-cockpit-search");
    }

    /**
     * Tasklist opens with the soonest due first; the tasks of this test are the newest of many in the
     * test database, so they are looked for with the newest first.
     */
    private void newestFirst() {
        String sorting = URLEncoder.encode("[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]", StandardCharsets.UTF_8);
        browser.driver().get(browser.base() + "/camunda/app/tasklist/default/#/?sorting=" + sorting);
    }

    private List<String> filterNames() {
        browser.awaitUntil(() -> !browser.driver().findElements(FILTERS).isEmpty(), "worklist-no-filters");
        return browser.driver().findElements(FILTERS).stream()
                .map(filter -> filter.findElement(By.cssSelector("h4 a")).getText().replaceAll("\\s*\\d+$", "").trim())
                .toList();
    }

    private void showFilter(String name) {
        browser.click(By.xpath("//*[contains(@class, 'task-filter')]//h4/a[contains(., '" + name + "')]"));
        browser.awaitUntil(() -> browser.driver().findElements(By.cssSelector(".task-filter.active h4 a")).stream()
                .anyMatch(a -> a.getText().startsWith(name)), "worklist-filter");
    }

    /** The count Tasklist shows beside the filter it shows. */
    private String shownCount() {
        return browser.driver().findElements(By.cssSelector(".task-filter.active .counter")).stream()
                .map(WebElement::getText).findFirst().orElse("").trim();
    }

    private void awaitTaskLine(String text) {
        browser.awaitUntil(() -> browser.driver().findElements(By.cssSelector(".tasks-list")).stream()
                .anyMatch(list -> list.getText().contains(text)), "worklist-task-line");
    }

    private long count(String user, String group, String filterName) {
        identityService.setAuthentication(user, List.of(group));
        try {
            Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
            return filterService.count(filter.getId());
        } finally {
            identityService.clearAuthentication();
        }
    }
}
