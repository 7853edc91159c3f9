package si.asociacija.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;

/** The office's figures follow the records: each group's open tasks and the assistance cases past their SLA. */
class OfficeMetricsTest extends WorkflowTest {

    @Autowired
    MeterRegistry registry;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMotionGivesEachBoardMemberAVoteTaskAndStaffNothing() {
        double board = tasks("board");
        double staff = tasks("staff");
        ProcessInstance motion = processEngine.getRuntimeService().startProcessInstanceByKey("board-decision",
                Map.of("title", "Sklep o metrikah", "motionText", "Upravni odbor sprejme sklep."));
        awaitJobs(motion.getId());

        assertThat(tasks("board")).isEqualTo(board + 13);
        assertThat(tasks("staff")).isEqualTo(staff);
    }

    @Test
    void aCaseNotAnsweredInTimeIsOverdue() throws Exception {
        double firstResponse = overdue("first_response");
        double resolution = overdue("resolution");
        String reference = askForHelp();
        assertThat(overdue("first_response")).isEqualTo(firstResponse);

        Timestamp past = Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS));
        jdbc.update("update assistance_case set first_response_due = ?, resolution_due = ? where reference = ?", past, past, reference);

        assertThat(overdue("first_response")).isEqualTo(firstResponse + 1);
        assertThat(overdue("resolution")).isEqualTo(resolution + 1);
    }

    private double tasks(String group) {
        return registry.get("asociacija.tasks.open").tag("group", group).gauge().value();
    }

    private double overdue(String sla) {
        return registry.get("asociacija.counselling.cases.overdue").tag("sla", sla).gauge().value();
    }

    private String askForHelp() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = json.writeValueAsString(Map.of("name", "Tina Igralka", "email", TestData.email("tina"),
                "topic", "TAXES", "message", "Kako oddam napoved?", "consent", true));
        ResponseEntity<String> created = http.postForEntity("/api/assistance-requests", new HttpEntity<>(body, headers), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("reference").asText();
    }
}
