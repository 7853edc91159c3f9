package si.asociacija.workflow.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Applications and assistance cases of one person taken through their processes the way staff, the board
 * and the engine's timers do: submitted on the public API, decided in tasks.
 */
class PersonalDataCases {

    private final TestRestTemplate http;
    private final ObjectMapper json;
    private final ProcessEngine engine;

    PersonalDataCases(TestRestTemplate http, ObjectMapper json, ProcessEngine engine) {
        this.http = http;
        this.json = json;
        this.engine = engine;
    }

    /** An application the board rejected: its process has ended. */
    String rejectedApplication(String email) throws Exception {
        return decidedApplication(email, "REJECT");
    }

    /** An application the board approved: the applicant is a member now. */
    String admittedApplication(String email) throws Exception {
        return decidedApplication(email, "APPROVE");
    }

    private String decidedApplication(String email, String vote) throws Exception {
        String reference = post("/api/membership-applications", """
                {"type":"INDIVIDUAL","name":"Nina Pozabljena","email":"%s","address":"Metelkova 6, 1000 Ljubljana",
                 "field":"MUSIC","motivation":"Skladam za gledališče.","language":"sl","consent":true}""".formatted(email));
        ProcessInstance application = process(reference, "membership-application");
        complete(application.getId(), Map.of("complete", true));
        ProcessInstance board = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> engine.getRuntimeService()
                .createProcessInstanceQuery().superProcessInstanceId(application.getId()).singleResult(), b -> b != null);
        // the board votes one by one until the motion is decided (the remaining ballots then close)
        while (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(board.getId()).count() > 0) {
            Task ballot = engine.getTaskService().createTaskQuery().processInstanceId(board.getId()).listPage(0, 1).stream()
                    .findFirst().orElse(null);
            if (ballot != null) {
                engine.getTaskService().complete(ballot.getId(), Map.of("vote", vote, "comment", "Nina je znana skladateljica."));
            }
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> engine.getManagementService().createJobQuery()
                    .processInstanceId(board.getId()).executable().count() == 0);
        }
        if ("REJECT".equals(vote)) {
            complete(application.getId(), Map.of("rejectionReason", "Dejavnost ni s področja kulture."));
        }
        awaitEnded(application.getId());
        return reference;
    }

    /** An open assistance case, waiting for triage. */
    String openCase(String email) throws Exception {
        return post("/api/assistance-requests", """
                {"name":"Nina Pozabljena","email":"%s","topic":"TAXES","message":"Kako obdavčim honorar za skladbo?",
                 "language":"sl","consent":true}""".formatted(email));
    }

    /** A case answered, resolved and closed when the window for reopening it ended. */
    String closedCase(String email) throws Exception {
        String reference = openCase(email);
        String process = process(reference, "assistance-case").getId();
        complete(process, Map.of("triageDecision", "ASSIGN", "topic", "TAXES", "priority", "NORMAL", "counsellor", "counsellor1"));
        complete(process, Map.of("answer", "Honorar obdavčite po ...", "internalNote", "", "nextState", "RESOLVED"));
        Job window = engine.getManagementService().createJobQuery().processInstanceId(process).activityId("Timer_ReopenWindowOver")
                .singleResult();
        engine.getManagementService().executeJob(window.getId());
        awaitEnded(process);
        return reference;
    }

    private ProcessInstance process(String reference, String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(key).singleResult();
    }

    private void complete(String processInstanceId, Map<String, Object> variables) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).count() == 1);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
        engine.getTaskService().complete(task.getId(), variables);
    }

    private void awaitEnded(String processInstanceId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0);
    }

    private String post(String path, String body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(answer.getBody()).get("reference").asText();
    }
}
