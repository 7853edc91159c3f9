package si.asociacija.workflow.worklist;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.TestData;

/** Work for each group, made as people make it: an application, assistance requests, a motion. */
record WorklistCases(TestRestTemplate http, ObjectMapper json, RuntimeService runtimeService, TaskService taskService) {

    /** An organisation's membership application; its reference. */
    String application(String name) throws Exception {
        return post("/api/membership-applications", Map.of("type", "ORGANISATION", "name", name,
                "registrationNumber", TestData.registrationNumber(), "taxNumber", TestData.taxNumber(),
                "email", TestData.email("zavod"), "address", "Metelkova 6, Ljubljana", "field", "PERFORMING_ARTS",
                "motivation", "Sodobni ples.", "language", "sl", "consent", true));
    }

    /** A request for assistance waiting for triage; its reference. */
    String assistanceRequest(String name) throws Exception {
        return post("/api/assistance-requests", Map.of("name", name, "email", TestData.email("klient"),
                "topic", "SOCIAL_SECURITY", "message", "Ali mi pripada plačilo prispevkov?", "consent", true));
    }

    /** A request for assistance triaged to {@code counsellor}; its reference. */
    String caseOf(String counsellor, String name) throws Exception {
        String reference = assistanceRequest(name);
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        taskService.complete(triage.getId(), Map.of("triageDecision", "ASSIGN", "topic", "TAXES",
                "priority", "NORMAL", "counsellor", counsellor));
        return reference;
    }

    /** A motion put to the board; its resolution number. */
    String motion(String title) {
        String id = runtimeService.startProcessInstanceByKey("board-decision",
                Map.of("title", title, "motionText", "Upravni odbor podpre poziv.")).getId();
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey();
    }

    private String post(String path, Map<String, Object> fields) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return json.readTree(http.postForEntity(path, new HttpEntity<>(json.writeValueAsString(fields), headers), String.class)
                .getBody()).get("reference").asText();
    }
}
