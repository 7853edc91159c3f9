package si.asociacija.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.WorkflowTest;

/**
 * The operators' endpoints: a load balancer reads UP or DOWN without logging in, admins read why, and
 * only admins read the build, the metrics and the Prometheus page with the office's figures.
 */
class OperationsEndpointsTest extends WorkflowTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void anyoneReadsUpOrDownAndNothingMore() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            ResponseEntity<String> health = http.getForEntity(path, String.class);
            assertThat(health.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            JsonNode body = json.readTree(health.getBody());
            assertThat(body.get("status").asText()).isEqualTo("UP");
            assertThat(body.has("components")).as(health.getBody()).isFalse();
            assertThat(body.has("details")).as(health.getBody()).isFalse();
        }
        JsonNode staff = json.readTree(http.withBasicAuth("staff", "demo").getForEntity("/actuator/health", String.class).getBody());
        assertThat(staff.has("components")).as(staff.toString()).isFalse();
    }

    @Test
    void adminsReadTheDatabaseTheMailServersAndTheJobExecutor() throws Exception {
        JsonNode health = json.readTree(http.withBasicAuth("admin", "demo").getForEntity("/actuator/health", String.class).getBody());
        JsonNode components = health.get("components");
        assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("smtp").get("status").asText()).as(components.toString()).isEqualTo("UP");
        JsonNode mailbox = components.get("assistanceMailbox");
        assertThat(mailbox.get("status").asText()).as(mailbox.toString()).isEqualTo("UP");
        assertThat(mailbox.get("details").get("folder").asText()).isEqualTo("INBOX");
        JsonNode jobs = components.get("jobExecutor");
        assertThat(jobs.get("status").asText()).isEqualTo("UP");
        assertThat(jobs.get("details").get("active").asBoolean()).isTrue();
        assertThat(jobs.get("details").has("dueJobs")).isTrue();
        assertThat(jobs.get("details").has("failedJobs")).isTrue();
    }

    @Test
    void infoMetricsAndPrometheusAreForAdminsOnly() {
        for (String path : new String[] {"/actuator/info", "/actuator/metrics", "/actuator/prometheus"}) {
            assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(http.withBasicAuth("staff", "demo").getForEntity(path, String.class).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.withBasicAuth("board01", "demo").getForEntity(path, String.class).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.withBasicAuth("admin", "demo").getForEntity(path, String.class).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void prometheusShowsTheOfficesFigures() {
        String page = http.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus", String.class).getBody();
        assertThat(page).contains(
                "asociacija_mail_outbox_backlog ",
                "asociacija_mail_outbox_failed ",
                "asociacija_incidents_open ",
                "asociacija_counselling_cases_overdue{sla=\"first_response\"}",
                "asociacija_counselling_cases_overdue{sla=\"resolution\"}",
                "asociacija_tasks_open{group=\"staff\"}",
                "asociacija_tasks_open{group=\"counsellors\"}",
                "asociacija_tasks_open{group=\"board\"}",
                "asociacija_assembly_entitled ",
                "asociacija_assembly_registered ",
                "asociacija_assembly_represented ",
                "asociacija_assembly_voted ");
    }
}
