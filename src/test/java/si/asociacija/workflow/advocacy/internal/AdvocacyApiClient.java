package si.asociacija.workflow.advocacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Advocacy cases through staff's API, and the review that acts on one, for the API tests. */
final class AdvocacyApiClient {

    private final TestRestTemplate http;
    private final ObjectMapper json;
    private final TaskService tasks;

    AdvocacyApiClient(TestRestTemplate http, ObjectMapper json, TaskService tasks) {
        this.http = http;
        this.json = json;
        this.tasks = tasks;
    }

    /** A complete, valid form: a consultation of 40 days that ends in 40 days, with a link of its own. */
    static Map<String, Object> form() {
        String id = UUID.randomUUID().toString();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("title", "Predlog uredbe o " + id);
        form.put("proposer", "Ministrstvo za kulturo");
        form.put("stage", "javna obravnava");
        form.put("link", "https://www.gov.si/zbirke/javne-objave/" + id);
        form.put("summary", "Uredba spreminja merila.\nDrugi odstavek.");
        form.put("consultationDeadline", LocalDate.now().plusDays(40).toString());
        form.put("consultationOpenedOn", LocalDate.now().toString());
        form.put("consultationAddress", "gp.mk@gov.si");
        return form;
    }

    ResponseEntity<String> post(Object form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return http.withBasicAuth("staff", "demo").postForEntity("/api/advocacy-cases",
                    new HttpEntity<>(form instanceof String text ? text : json.writeValueAsString(form), headers), String.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a case by hand; its reference. */
    String open(Map<String, Object> form) {
        ResponseEntity<String> created = post(form);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return read(created.getBody()).get("reference").asText();
    }

    JsonNode get(String path) {
        ResponseEntity<String> answer = http.withBasicAuth("staff", "demo").getForEntity(path, String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return read(answer.getBody());
    }

    JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Staff's review acts on the case with its default response deadline: members of {@code field} are invited. */
    void act(String reference, String field) {
        Task review = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_ReviewDraft")
                .singleResult();
        tasks.complete(review.getId(), Map.of("decision", "ACT", "reason", "Zadeva članstvo.",
                "responseDeadline", tasks.getVariable(review.getId(), "responseDeadline"), "fields", field, "lead", "staff"));
    }

    /** Imports one active member of {@code field}. */
    void importMember(String name, String email, String field) {
        String csv = "type,name,email,registrationNumber,taxNumber,field,joinDate,language,representative\n"
                + "INDIVIDUAL," + name + "," + email + ",,," + field + ",2020-01-01,sl,\n";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        assertThat(http.withBasicAuth("staff", "demo").postForEntity("/api/members/import",
                new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
