package si.asociacija.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;

/**
 * Tasklist in a real browser (Debian's Chromium and ChromeDriver, installed by .ci/run): staff log in
 * and complete the completeness check in its form, a board member votes in theirs.
 */
class TasklistBrowserTest extends WorkflowTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

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

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void staffCheckAnApplicationAndABoardMemberVotesInTasklist() throws Exception {
        String reference = apply();
        Task check = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();

        logIn("staff");
        openTask(check.getId());
        click(By.xpath("//button[contains(., 'Claim')]"));
        wait.until(d -> fieldValue("Field_applicationSummary").contains(reference));
        screenshot("staff-check-completeness");
        click(By.xpath("//label[contains(., 'Popolna')]"));
        click(By.xpath("//button[normalize-space()='Complete']"));
        waitUntilGone(check.getId());

        Task vote = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskAssignee("board01").singleResult();
        assertThat(vote).as("board01's vote task").isNotNull();
        logOut();
        logIn("board01");
        openTask(vote.getId());
        wait.until(d -> fieldValue("Field_title").contains("Sprejem v članstvo"));
        assertThat(fieldValue("Field_motionText")).contains(reference).doesNotContain("@example.si");
        screenshot("board-vote");
        click(By.xpath("//label[contains(., 'Za / Approve')]"));
        browser.findElement(By.cssSelector("textarea[id$='Field_comment']")).sendKeys("Podpiram.");
        click(By.xpath("//button[normalize-space()='Complete']"));
        waitUntilGone(vote.getId());

        assertThat(json.readTree(http.withBasicAuth("staff", "demo").getForEntity("/api/resolutions", String.class).getBody())
                .findValues("votes").stream().flatMap(v -> StreamSupport.stream(v.spliterator(), false))
                .filter(v -> v.get("comment") != null && "Podpiram.".equals(v.get("comment").asText())).count()).isPositive();
    }

    @Test
    void staffPutAMotionToTheBoardFromTasklist() {
        String title = "Sklep o podpori pozivu " + UUID.randomUUID().toString().substring(0, 6);
        logIn("staff");
        click(By.xpath("//a[contains(., 'Start process')]"));
        click(By.xpath("//a[contains(., 'Board decision')]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='Field_title']"))).sendKeys(title);
        browser.findElement(By.cssSelector("[id$='Field_motionText']")).sendKeys("Upravni odbor podpre poziv.");
        WebElementValue period = new WebElementValue(browser.findElement(By.cssSelector("[id$='Field_votingPeriod']")));
        assertThat(period.value()).isEqualTo("P7D");
        screenshot("staff-start-motion");
        click(By.xpath("//button[normalize-space()='Start']"));

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("board-decision").variableValueEquals("title", title).count() == 1);
        String motion = runtimeService.createProcessInstanceQuery().processDefinitionKey("board-decision")
                .variableValueEquals("title", title).singleResult().getBusinessKey();
        assertThat(motion).matches("UO-\\d{4}/\\d{3}");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(motion).count()).isEqualTo(13);
    }

    @Test
    void aCounsellorAnswersAnAssistanceCaseInTasklist() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = json.writeValueAsString(Map.of("name", "Tina Igralka", "email", TestData.email("tina"),
                "topic", "SOCIAL_SECURITY", "message", "Ali mi pripada plačilo prispevkov?", "consent", true));
        String reference = json.readTree(http.postForEntity("/api/assistance-requests", new HttpEntity<>(body, headers),
                String.class).getBody()).get("reference").asText();
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        taskService.complete(triage.getId(), Map.of("triageDecision", "ASSIGN", "topic", "SOCIAL_SECURITY",
                "priority", "NORMAL", "counsellor", "counsellor1"));
        Task work = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();

        logIn("counsellor1");
        openTask(work.getId());
        wait.until(d -> fieldValue("Field_thread").contains("Ali mi pripada plačilo prispevkov?"));
        browser.findElement(By.cssSelector("textarea[id$='Field_answer']")).sendKeys("Da, če izpolnjujete pogoje.");
        click(By.cssSelector("input[id$='Field_nextState-2']")); // Rešeno / Resolved
        screenshot("counsellor-work");
        click(By.xpath("//button[normalize-space()='Complete']"));
        waitUntilGone(work.getId());

        assertThat(mailTemplates(reference)).containsExactly("case-received", "case-answer", "case-resolved");
    }

    @Test
    void cockpitShowsBothProcessDiagramsToStaff() {
        for (String key : new String[] {"membership-application", "board-decision"}) {
            String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(key).latestVersion().singleResult().getId();
            if (key.startsWith("membership")) {
                browser.get(base() + "/camunda/app/cockpit/default/");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='password']")));
                browser.findElement(By.cssSelector("input[type='text']")).sendKeys("staff");
                browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
                click(By.cssSelector("button[type='submit']"));
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type='password']")));
            }
            browser.get(base() + "/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
            String firstTask = key.startsWith("membership") ? "Task_CheckCompleteness" : "Task_BoardVote";
            try {
                wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("g.djs-element[data-element-id='" + firstTask + "']")));
            } finally {
                screenshot("cockpit-" + key);
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

    private void logIn(String user) {
        browser.get(base() + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='password']")));
        browser.findElement(By.cssSelector("input[type='text']")).sendKeys(user);
        browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
        click(By.cssSelector("button[type='submit']"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type='password']")));
    }

    private String fieldValue(String componentId) {
        return browser.findElements(By.cssSelector("[id$='" + componentId + "']")).stream()
                .map(e -> e.getDomProperty("value")).filter(Objects::nonNull).findFirst().orElse("");
    }

    private void logOut() {
        browser.manage().deleteAllCookies();
    }

    private void openTask(String taskId) {
        browser.get(base() + "/camunda/app/tasklist/default/#/?task=" + taskId);
    }

    private void click(By locator) {
        try {
            WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
        } catch (RuntimeException e) {
            screenshot("failed");
            throw e;
        }
    }

    private void waitUntilGone(String taskId) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                    taskService.createTaskQuery().taskId(taskId).count() == 0);
        } catch (RuntimeException e) {
            screenshot("not-completed");
            throw e;
        }
    }

    private void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.createDirectories(Path.of("target/tasklist"));
            Files.copy(shot.toPath(), Path.of("target/tasklist/" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(Path.of("target/tasklist/" + name + ".html"), browser.getPageSource());
        } catch (Exception ignored) {
            // best effort, for the failure report
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
