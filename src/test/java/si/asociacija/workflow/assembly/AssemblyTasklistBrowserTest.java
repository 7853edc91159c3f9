package si.asociacija.workflow.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static si.asociacija.workflow.assembly.AssemblySession.ok;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import si.asociacija.workflow.TasklistBrowser;

/**
 * The general assembly in Tasklist in a real browser: staff see who has checked in, register those in
 * the room and name the working bodies in Registration and quorum, and convene an assembly with the
 * start form.
 */
class AssemblyTasklistBrowserTest extends AssemblyTestBase {

    private static final String RESOLUTION = "{\"title\": \"Sprejem letnega poročila\", \"kind\": \"RESOLUTION\", \"ballot\": \"NAMED\"}";
    private static final String INFORMATION = "{\"title\": \"Poročilo predsednika\", \"kind\": \"INFORMATION\"}";
    private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final ZoneId LJUBLJANA = ZoneId.of("Europe/Ljubljana");

    @LocalServerPort
    int port;

    private AssemblySession s;
    private TasklistBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = TasklistBrowser.open(port);
        s = session();
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

    /** The member's page runs under a strict Content-Security-Policy: its script and style come from files, not inline. */
    @Test
    void aMemberChecksInAndVotesOnTheirOwnPage() throws Exception {
        s.members(3, "stran").convene(true, RESOLUTION);
        s.timerFires();
        browser.driver().get(browser.base() + "/assembly/" + s.token(0));
        browser.click(By.cssSelector("[data-post='check-in']"));
        browser.awaitUntil(() -> checkedIn(0), "assembly-page-check-in");

        ok(s.attend(1));
        ok(s.open());
        ok(s.openItem(1));
        browser.driver().navigate().refresh();
        browser.click(By.cssSelector("#ballot input[value='FOR']"));
        browser.click(By.cssSelector("#ballot button[type='submit']"));
        browser.awaitUntil(() -> !browser.driver().findElement(By.id("answer")).getText().isEmpty(), "assembly-page-vote");
        assertThat(browser.driver().findElement(By.id("answer")).getText()).isIn("Glas je oddan.", "Your vote is cast.");
        assertThat(browser.driver().findElement(By.tagName("body")).getCssValue("max-width")).as("the page's style sheet")
                .isEqualTo("672px");
    }

    private boolean checkedIn(int member) {
        try {
            return !s.link(member).get("attendance").isNull();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void staffConveneAnAssemblyWithTheStartFormInTasklist() throws Exception {
        String title = "Izredna skupščina " + UUID.randomUUID().toString().substring(0, 6);
        LocalDateTime startsAt = LocalDateTime.now(LJUBLJANA).plusDays(16).truncatedTo(ChronoUnit.DAYS).withHour(17);
        browser.logIn("staff");
        browser.startProcess("General assembly");
        browser.type("input", "Field_title", title);
        browser.type("input", "Field_startsAt", startsAt.format(FORM_TIME));
        browser.type("input", "Field_place", "Metelkova 6, Ljubljana");
        assertThat(browser.fieldValue("Field_agenda")).startsWith("INFORMATION | NAMED | Poročilo predsednika");
        browser.screenshot("assembly-start");
        browser.click(By.xpath("//button[normalize-space()='Start']"));

        browser.awaitUntil(() -> jdbc.queryForObject("select count(*) from assembly where title = ?", Integer.class, title) == 1,
                "assembly-not-started");
        s.reference = jdbc.queryForObject("select reference from assembly where title = ?", String.class, title);
        assertThat(s.reference).matches("SK-" + startsAt.getYear() + "-\\d{2}");
        assertThat(s.process()).as("the process instance carries the reference").isNotNull().isWaitingAt("Timer_StartsAt");
        JsonNode assembly = s.live();
        assertThat(assembly.get("state").asText()).isEqualTo("CONVENED");
        assertThat(assembly.get("startsAt").asText()).startsWith(startsAt.toString());
        assertThat(assembly.get("place").asText()).isEqualTo("Metelkova 6, Ljubljana");
        assertThat(assembly.get("remoteVoting").asBoolean()).isTrue();
        assertThat(assembly.get("items")).extracting(i -> i.get("kind").asText() + " " + i.get("ballot").asText() + " "
                + i.get("title").asText()).containsExactly("INFORMATION NAMED Poročilo predsednika",
                "RESOLUTION NAMED Sprejem letnega poročila", "STATUTE_CHANGE NAMED Sprememba statuta",
                "ELECTION SECRET Volitve v upravni odbor");
        JsonNode election = assembly.get("items").get(3);
        assertThat(election.get("seats").asInt()).isEqualTo(3);
        assertThat(election.get("candidates")).extracting(JsonNode::asText)
                .containsExactly("Ana Novak", "Bor Kralj", "Cvetka Zupan", "Darja Horvat");
        assertThat(processEngine.getRuntimeService().getVariables(s.process().getId())).as("personal data stays in the record")
                .doesNotContainKeys("title", "startsAt", "place", "remoteVoting", "agenda");
    }

    @Test
    void aStartInsideTheNoticePeriodIsRefusedInTheStartDialogAndConvenesNothing() {
        String title = "Prezgodnja skupščina " + UUID.randomUUID().toString().substring(0, 6);
        browser.logIn("staff");
        browser.startProcess("General assembly");
        browser.type("input", "Field_title", title);
        browser.type("input", "Field_startsAt", LocalDateTime.now(LJUBLJANA).plusDays(3).format(FORM_TIME));
        browser.type("input", "Field_place", "Metelkova 6, Ljubljana");
        browser.click(By.xpath("//button[normalize-space()='Start']"));
        browser.awaitNotification("startsAt: must leave the notice period of 14 days", "assembly-start-too-soon");

        assertThat(jdbc.queryForObject("select count(*) from assembly where title = ?", Integer.class, title)).isZero();
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
