package si.asociacija.workflow.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.TestData;

/**
 * Runs an assembly over HTTP as staff and members would: members imported (and the only ones with
 * voting rights), convened, started (its timer), checked in, opened, voted item by item. Other capabilities'
 * tests (the audit trail's) run an assembly with it too.
 */
public final class AssemblySession {

    final TestRestTemplate http;
    final ObjectMapper json;
    final JdbcTemplate jdbc;
    final ProcessEngine engine;
    final List<String> emails = new ArrayList<>();
    public final List<String> numbers = new ArrayList<>();
    public String reference;

    public AssemblySession(TestRestTemplate http, ObjectMapper json, JdbcTemplate jdbc, ProcessEngine engine) {
        this.http = http;
        this.json = json;
        this.jdbc = jdbc;
        this.engine = engine;
    }

    /** Imports {@code count} members and ends every other active member, so these alone are convened. */
    public AssemblySession members(int count, String prefix) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String email = TestData.email(prefix + i);
            emails.add(email);
            rows.append("INDIVIDUAL,").append(prefix).append(" Član ").append(i).append(',').append(email)
                    .append(",,,MUSIC,2020-01-01,sl,\n");
        }
        AssemblyHttp.importMembers(http, rows.toString());
        for (String email : emails) {
            numbers.add(jdbc.queryForObject("select membership_number from registered_member where email = ?", String.class, email));
        }
        jdbc.update("update registered_member set status = 'ENDED', ended_on = current_date where status = 'ACTIVE'"
                + " and membership_number not in (" + String.join(",", numbers.stream().map(n -> "'" + n + "'").toList()) + ")");
        return this;
    }

    /** Convenes an assembly 15 days ahead with the given agenda items (JSON objects). */
    public AssemblySession convene(boolean remoteVoting, String... items) throws Exception {
        LocalDateTime startsAt = LocalDateTime.now(ZoneId.of("Europe/Ljubljana")).plusDays(15).truncatedTo(ChronoUnit.MINUTES);
        String body = "{\"title\": \"Redna skupščina\", \"startsAt\": \"" + startsAt + "\", \"place\": \"Metelkova 6\","
                + " \"remoteVoting\": " + remoteVoting + ", \"items\": [" + String.join(",", items) + "]}";
        ResponseEntity<String> created = AssemblyHttp.convene(http, body);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        reference = json.readTree(created.getBody()).get("reference").asText();
        return this;
    }

    ProcessInstance process() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("general-assembly").singleResult();
    }

    /** The time comes (the waiting timer is run): at the start, or at the end of a postponement. */
    public void timerFires() {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(process().getId()).timers().singleResult();
        assertThat(timer).as("a timer waits").isNotNull();
        engine.getManagementService().executeJob(timer.getId());
    }

    String token(int member) {
        return jdbc.queryForObject("select c.token from assembly_convocation c join assembly a on a.id = c.assembly_id"
                + " where a.reference = ? and c.membership_number = ?", String.class, reference, numbers.get(member));
    }

    public ResponseEntity<String> checkIn(int member) {
        return http.postForEntity("/assembly/" + token(member) + "/check-in", null, String.class);
    }

    ResponseEntity<String> attend(int member) {
        return staff("/attendance", "{\"member\": \"" + numbers.get(member) + "\", \"mode\": \"IN_PERSON\"}");
    }

    public ResponseEntity<String> open() {
        return staff("/open", "{\"chair\": \"Ana Novak\", \"recorder\": \"Bor Kralj\", \"verifiers\": [\"Cvetka Zupan\", \"Darja Horvat\"]}");
    }

    public ResponseEntity<String> openItem(int item) {
        return staff("/items/" + item + "/open", "{}");
    }

    public ResponseEntity<String> closeItem(int item) {
        return staff("/items/" + item + "/close", "{}");
    }

    ResponseEntity<String> staff(String path, String body) {
        return http.withBasicAuth("staff", "demo").postForEntity("/api/assemblies/" + reference + path, AssemblyHttp.json(body),
                String.class);
    }

    public ResponseEntity<String> vote(int member, int item, String body) {
        return http.postForEntity("/assembly/" + token(member) + "/items/" + item + "/vote", AssemblyHttp.json(body), String.class);
    }

    ResponseEntity<String> proxy(int giver, int holder) {
        return http.postForEntity("/assembly/" + token(giver) + "/proxy",
                AssemblyHttp.json("{\"holder\": \"" + numbers.get(holder) + "\"}"), String.class);
    }

    JsonNode live() throws Exception {
        ResponseEntity<String> view = http.withBasicAuth("staff", "demo").getForEntity("/api/assemblies/" + reference, String.class);
        assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(view.getBody());
    }

    JsonNode link(int member) throws Exception {
        return json.readTree(http.exchange("/assembly/" + token(member), HttpMethod.GET, AssemblyHttp.accept(MediaType.APPLICATION_JSON),
                String.class).getBody());
    }

    public static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    }
}
