package si.asociacija.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.audit.Audited.SubjectType;

/** {@code GET /api/audit}: admins only, filtered, paged newest first; a bad filter is a 400 naming it. */
class AuditApiTest extends WorkflowTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AuditTrail trail;

    @Test
    void adminsReadTheTrailFilteredAndPagedNewestFirst() throws Exception {
        String subject = "AUDIT-" + UUID.randomUUID();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(5);
        for (int i = 1; i <= 3; i++) {
            Audited entry = new Audited(SubjectType.CASE, subject, "step-" + i, "staff2", null, start.plusSeconds(i));
            transactions.executeWithoutResult(tx -> events.publishEvent(entry));
        }
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new Audited(SubjectType.MEMBER, subject, "other", "staff", "another type", start)));

        ResponseEntity<String> first = read("subjectType=CASE&subject=" + subject + "&size=2");
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode page = json.readTree(first.getBody());
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("entries").findValuesAsText("action")).containsExactly("step-3", "step-2");
        JsonNode newest = page.get("entries").get(0);
        assertThat(newest.get("time").asText()).isEqualTo(start.plusSeconds(3).toString());
        assertThat(newest.get("actor").asText()).isEqualTo("staff2");
        assertThat(newest.get("subjectType").asText()).isEqualTo("CASE");
        assertThat(newest.get("subject").asText()).isEqualTo(subject);
        assertThat(json.readTree(read("subjectType=CASE&subject=" + subject + "&size=2&page=1").getBody())
                .get("entries").findValuesAsText("action")).containsExactly("step-1");

        assertThat(actions("subject=" + subject + "&actor=staff")).containsExactly("other");
        assertThat(actions("subject=" + subject + "&from=" + start.plusSeconds(2) + "&to=" + start.plusSeconds(3)))
                .containsExactly("step-2");
        assertThat(actions("subject=" + subject + "&from=" + start.minus(1, ChronoUnit.DAYS).atZone(ZoneOffset.UTC)
                .toLocalDate())).hasSize(4);
    }

    @Test
    void anErasedUsersIdIsReplacedInEveryEntryThatNamesIt() throws Exception {
        String userId = "erased" + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(Audited.of(SubjectType.USER, userId, "user-created", null).by("admin"));
            events.publishEvent(Audited.of(SubjectType.CASE, "SC-" + userId, "answered", null).by(userId));
        });
        assertThat(trail.replaceUserId(userId, "erased-user")).isEqualTo(2);
        assertThat(read("actor=" + userId).getBody()).doesNotContain(userId);
        assertThat(read("subjectType=USER&subject=" + userId).getBody()).doesNotContain(userId);
        assertThat(actions("subject=SC-" + userId + "&actor=erased-user")).containsExactly("answered");
    }

    @Test
    void onlyAdminsMayReadIt() {
        for (String user : List.of("staff", "board01", "counsellor1")) {
            assertThat(http.withBasicAuth(user, "demo").getForEntity("/api/audit", String.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.getForEntity("/api/audit", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(read("").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aBadFilterIsABadRequestNamingIt() throws Exception {
        assertBad("from=yesterday", "from");
        assertBad("to=2026-13-01", "to");
        assertBad("size=201", "size");
        assertBad("size=0", "size");
        assertBad("page=-1", "page");
        assertBad("subjectType=PERSON", "subjectType");
    }

    private void assertBad(String query, String field) throws Exception {
        ResponseEntity<String> response = read(query);
        assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field")).containsExactly(field);
    }

    private List<String> actions(String query) throws Exception {
        ResponseEntity<String> response = read(query);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody()).get("entries").findValuesAsText("action");
    }

    private ResponseEntity<String> read(String query) {
        return http.withBasicAuth("admin", "demo").getForEntity("/api/audit?" + query, String.class);
    }
}
