package si.asociacija.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the audit trail as an admin does ({@code GET /api/audit}) and drives tasks through the engine REST API. */
final class AuditReader {

    record Entry(String time, String actor, String subjectType, String subject, String action, String detail) {
        String line() {
            return actor + " " + action + (detail == null ? "" : " (" + detail + ")");
        }
    }

    private final TestRestTemplate http;
    private final ObjectMapper json;

    AuditReader(TestRestTemplate http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    /** Every entry about one subject, oldest first. */
    List<Entry> about(Audited.SubjectType type, String subject) throws Exception {
        String uri = UriComponentsBuilder.fromPath("/api/audit").queryParam("subjectType", type).queryParam("subject", subject)
                .queryParam("size", 200).encode().toUriString();
        ResponseEntity<String> response = http.withBasicAuth("admin", "demo").getForEntity(uri, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        List<Entry> entries = new ArrayList<>(StreamSupport.stream(json.readTree(response.getBody()).get("entries").spliterator(), false)
                .map(e -> new Entry(e.get("time").asText(), e.get("actor").asText(), e.get("subjectType").asText(),
                        e.get("subject").asText(), e.get("action").asText(), e.get("detail").isNull() ? null : e.get("detail").asText()))
                .toList());
        Collections.reverse(entries);
        return entries;
    }

    /** Waits until the entries about a subject satisfy {@code condition} (work done by the job executor). */
    List<Entry> awaitAbout(Audited.SubjectType type, String subject, Predicate<List<Entry>> condition) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> about(type, subject), condition);
    }

    /** The one open task of {@code user} in the process of {@code businessKey}, once it is there. */
    String task(String user, String businessKey) throws Exception {
        return await().atMost(Duration.ofSeconds(20)).until(() -> json.readTree(http.withBasicAuth(user, "demo")
                .getForEntity("/engine-rest/task?processInstanceBusinessKey=" + businessKey, String.class).getBody()),
                tasks -> tasks.size() == 1).get(0).get("id").asText();
    }

    /** Completes a task as {@code user} with the variables given as JSON ({@code {"name": {"value": ...}}}). */
    void complete(String user, String taskId, String variables) {
        assertThat(post(user, "/engine-rest/task/" + taskId + "/complete", "{\"variables\": " + variables + "}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
        return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    JsonNode read(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }
}
