package si.asociacija.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import si.asociacija.workflow.ReceivedMail;
import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.mail.internal.EmbeddedMailServer;

/**
 * The public flow over HTTP as people meet it: the applicant's JSON request and status page, the
 * staff and the board working their tasks through the engine REST API with the demo accounts, and
 * every email arriving at a real SMTP server.
 */
class MembershipApplicationEndToEndTest extends WorkflowTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    ObjectMapper json;

    @Test
    void applicantAppliesStaffAndBoardWorkTheirTasksAndTheApplicantBecomesAMember() throws Exception {
        String email = TestData.email("zavod");
        ResponseEntity<String> created = post("/api/membership-applications", organisation(email, "en"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(created.getBody());
        String reference = body.get("reference").asText();
        String statusUrl = body.get("statusUrl").asText();
        assertThat(reference).matches("MA-\\d{4}-\\d{4}");
        assertThat(body.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(statusUrl).matches("http://localhost:\\d+/status/[A-Za-z0-9_-]{43}");

        MimeMessage acknowledgement = awaitMail(email, reference + "] We have received");
        assertThat(ReceivedMail.html(acknowledgement)).contains(statusUrl.substring(statusUrl.indexOf("/status/")));
        assertThat(acknowledgement.getFrom()[0].toString()).isEqualTo("info@asociacija.local");

        String statusPath = statusUrl.substring(statusUrl.indexOf("/status/"));
        assertThat(statusJson(statusPath).get("status").asText()).isEqualTo("RECEIVED");
        ResponseEntity<String> page = http.exchange(statusPath, HttpMethod.GET, accept(MediaType.TEXT_HTML), String.class);
        assertThat(page.getBody()).contains(reference).contains("Received");

        // a board member does not see staff tasks; staff do
        assertThat(tasks("board01", "processInstanceBusinessKey=" + reference)).isEmpty();
        List<JsonNode> check = tasks("staff", "processInstanceBusinessKey=" + reference);
        assertThat(check).singleElement().satisfies(t ->
                assertThat(t.get("taskDefinitionKey").asText()).isEqualTo("Task_CheckCompleteness"));
        assertThat(complete("staff", check.get(0).get("id").asText(),
                Map.of("complete", Map.of("value", true, "type", "Boolean")))).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(statusJson(statusPath).get("status").asText()).isEqualTo("BOARD_VOTING");
        awaitMail(email, reference + "] Your application is");

        // each board member sees and works only their own vote task
        String board02Task = tasks("board02", "processInstanceBusinessKey=" + reference).get(0).get("id").asText();
        assertThat(complete("board01", board02Task, vote("APPROVE"))).isEqualTo(HttpStatus.FORBIDDEN);
        String board01Task = tasks("board01", "processInstanceBusinessKey=" + reference).get(0).get("id").asText();
        HttpHeaders jsonHeaders = new HttpHeaders();
        jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth("board01", "demo").exchange("/engine-rest/task/" + board01Task + "/assignee",
                HttpMethod.POST, new HttpEntity<>("{\"userId\":\"board02\"}", jsonHeaders), String.class).getStatusCode())
                .as("a board member cannot hand their vote to someone else").isEqualTo(HttpStatus.FORBIDDEN);
        for (int i = 1; i <= 7; i++) {
            String user = String.format("board%02d", i);
            List<JsonNode> own = tasks(user, "processInstanceBusinessKey=" + reference);
            assertThat(own).singleElement().satisfies(t -> assertThat(t.get("assignee").asText()).isEqualTo(user));
            awaitMail(user + "@asociacija.local", "Glasovanje");
            assertThat(complete(user, own.get(0).get("id").asText(), vote("APPROVE"))).isEqualTo(HttpStatus.NO_CONTENT);
        }

        MimeMessage welcome = awaitMail(email, reference + "] Welcome");
        assertThat(ReceivedMail.html(welcome)).contains("M-");
        JsonNode status = statusJson(statusPath);
        assertThat(status.get("status").asText()).isEqualTo("APPROVED");
        assertThat(status.toString()).doesNotContain("Komentar").doesNotContain("board0");

        ResponseEntity<String> members = http.withBasicAuth("staff", "demo").getForEntity("/api/members", String.class);
        assertThat(members.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(members.getBody()).findValuesAsText("applicationReference")).contains(reference);
        ResponseEntity<String> resolutions = http.withBasicAuth("board05", "demo").getForEntity("/api/resolutions", String.class);
        assertThat(resolutions.getBody()).contains(reference).contains("APPROVED");

        String membershipNumber = null;
        for (JsonNode member : json.readTree(members.getBody())) {
            if (member.get("applicationReference").asText().equals(reference)) {
                membershipNumber = member.get("membershipNumber").asText();
            }
        }
        String endPath = "/api/members/" + membershipNumber + "/end";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<String> ending = new HttpEntity<>("{\"endedOn\": \"" + LocalDate.now() + "\"}", headers);
        assertThat(http.withBasicAuth("board01", "demo").postForEntity(endPath, ending, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> ended = http.withBasicAuth("staff", "demo").postForEntity(endPath, ending, String.class);
        assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(ended.getBody()).get("status").asText()).isEqualTo("ENDED");
        assertThat(http.withBasicAuth("staff", "demo").postForEntity(endPath, ending, String.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        HttpEntity<String> noDate = new HttpEntity<>("{}", headers);
        assertThat(http.withBasicAuth("staff", "demo").postForEntity(endPath, noDate, String.class).getBody())
                .contains("endedOn");
    }

    @Test
    void applicantAnswersMissingInformationOnTheStatusPage() throws Exception {
        String email = TestData.email("dopolnitev");
        JsonNode created = json.readTree(post("/api/membership-applications", organisation(email, "sl")).getBody());
        String reference = created.get("reference").asText();
        String statusPath = created.get("statusUrl").asText().replaceFirst("^https?://[^/]+", "");
        String task = tasks("staff", "processInstanceBusinessKey=" + reference).get(0).get("id").asText();
        complete("staff", task, Map.of("complete", Map.of("value", false, "type", "Boolean"),
                "missingInfo", Map.of("value", "Priložite statut društva.", "type", "String")));

        MimeMessage request = awaitMail(email, reference + "] Vaša prijava za članstvo ni popolna");
        assertThat(ReceivedMail.html(request)).contains("statut");
        JsonNode waiting = statusJson(statusPath);
        assertThat(waiting.get("awaitingAnswer").asBoolean()).isTrue();
        assertThat(waiting.get("question").asText()).isEqualTo("Priložite statut društva.");

        HttpHeaders form = new HttpHeaders();
        form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> answered = http.exchange(statusPath + "/answer", HttpMethod.POST,
                new HttpEntity<>("answer=Statut+je+v+prilogi.", form), String.class);
        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK); // after the redirect back to the page
        assertThat(answered.getBody()).contains("Dopolnjena").contains("Statut je v prilogi.");

        assertThat(statusJson(statusPath).get("status").asText()).isEqualTo("INFO_PROVIDED");
        assertThat(tasks("staff", "processInstanceBusinessKey=" + reference)).singleElement()
                .satisfies(t -> assertThat(t.get("taskDefinitionKey").asText()).isEqualTo("Task_CheckCompleteness"));
    }

    @Test
    void invalidApplicationIsAnsweredWithEveryBadFieldAndStoresNothing() throws Exception {
        int before = applicationCount();
        ResponseEntity<String> response = post("/api/membership-applications", """
                {"type":"ORGANISATION","name":"Zavod","email":"not-an-email","address":"Ljubljana",
                 "registrationNumber":"1768876000","taxNumber":"38450667","field":"MUSIC",
                 "motivation":"x","language":"de","consent":false}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("email", "registrationNumber", "taxNumber", "language", "consent");
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("at si.");
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void eachBadFieldGetsTheMessageOfTheFirstRuleItBreaks() throws Exception {
        ResponseEntity<String> response = post("/api/membership-applications", json.writeValueAsString(Map.of(
                "type", "ORGANISATION", "name", "Zavod\nKultura", "email", "info@zavod.si", "address", "Ljubljana",
                "registrationNumber", " ", "taxNumber", "38450667", "field", "HOROSCOPE",
                "motivation", "x".repeat(4001), "language", "sl\n", "consent", true)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> messages = new TreeMap<>();
        json.readTree(response.getBody()).get("errors")
                .forEach(e -> messages.put(e.get("field").asText(), e.get("message").asText()));
        assertThat(messages).containsExactly(
                Map.entry("field", "must be one of [VISUAL_ARTS, PERFORMING_ARTS, MUSIC, INTERMEDIA, PUBLISHING,"
                        + " MEDIA_AND_FILM, ARCHITECTURE_AND_DESIGN, CULTURAL_HERITAGE, LOCAL_CULTURAL_POLICIES, RESEARCH, OTHER]"),
                Map.entry("language", "must be a single line"),
                Map.entry("motivation", "is longer than 4000 characters"),
                Map.entry("name", "must be a single line"),
                Map.entry("registrationNumber", "is required for organisations"),
                Map.entry("taxNumber", "is not a valid davčna številka (8 digits with a correct check digit)"));
    }

    @Test
    void malformedOrWronglyTypedJsonIsABadRequest() throws Exception {
        ResponseEntity<String> broken = post("/api/membership-applications", "{\"type\":");
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> wrongType = post("/api/membership-applications", "{\"consent\":{\"a\":1}}");
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(wrongType.getBody()).get("errors").findValuesAsText("field")).containsExactly("consent");
    }

    @Test
    void secondOpenApplicationForTheSameOrganisationIsAConflict() {
        String email = TestData.email("prvi");
        String body = organisation(email, "sl");
        assertThat(post("/api/membership-applications", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("/api/membership-applications", body).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void oversizedRequestIsRefused() {
        String huge = organisation(TestData.email("velik"), "sl").replace("Glasbeni", "x".repeat(70_000));
        assertThat(post("/api/membership-applications", huge).getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    }

    @Test
    void wrongOrMissingStatusTokenRevealsNothing() {
        ResponseEntity<String> wrong = http.exchange("/status/not-a-real-token", HttpMethod.GET,
                accept(MediaType.APPLICATION_JSON), String.class);
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrong.getBody()).doesNotContain("MA-");
        assertThat(http.exchange("/status/", HttpMethod.GET, accept(MediaType.TEXT_HTML), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void engineRestAndStaffApiNeedALogin() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("nobody", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/api/members", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("board01", "demo").getForEntity("/api/members", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("board01", "demo").getForEntity("/api/membership-applications", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("staff", "demo").getForEntity("/api/mail/outbox", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private static String organisation(String email, String language) {
        return """
                {"type":"ORGANISATION","name":"Glasbeni zavod Metelkova","email":"%s","phone":"+386 40 123 456",
                 "address":"Metelkova 6, 1000 Ljubljana","registrationNumber":"%s","taxNumber":"%s",
                 "field":"MUSIC","motivation":"Organiziramo koncerte sodobne glasbe.","language":"%s","consent":true}"""
                .formatted(email, TestData.registrationNumber(), TestData.taxNumber(), language);
    }

    private static Map<String, Object> vote(String choice) {
        return Map.of("vote", Map.of("value", choice, "type", "String"),
                "comment", Map.of("value", "Komentar člana", "type", "String"));
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static HttpEntity<Void> accept(MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(type));
        return new HttpEntity<>(headers);
    }

    private JsonNode statusJson(String path) throws Exception {
        ResponseEntity<String> response = http.exchange(path, HttpMethod.GET, accept(MediaType.APPLICATION_JSON), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private List<JsonNode> tasks(String user, String query) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity("/engine-rest/task?" + query, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode list = json.readTree(response.getBody());
        return StreamSupport.stream(list.spliterator(), false).toList();
    }

    private HttpStatus complete(String user, String taskId, Map<String, Object> variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return HttpStatus.valueOf(http.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/complete",
                HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables), headers), String.class).getStatusCode().value());
    }

    private int applicationCount() throws Exception {
        return json.readTree(http.withBasicAuth("staff", "demo").getForEntity("/api/membership-applications", String.class)
                .getBody()).size();
    }

    private MimeMessage awaitMail(String recipient, String subjectPart) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> Arrays.stream(
                        mailServer.greenMail().getReceivedMessagesForDomain(recipient))
                .filter(m -> subject(m).contains(subjectPart)).findFirst().orElse(null), m -> m != null);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
