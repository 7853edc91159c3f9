package si.asociacija.workflow.counselling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.shared.ReferenceNumbers;

/** The public assistance form and the funders' report over HTTP. */
class AssistanceIntakeAndReportTest extends WorkflowTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void formRequestIsAcknowledgedWithItsReferenceAndPrivateLink() throws Exception {
        ResponseEntity<String> created = post(json.writeValueAsString(Map.of("name", "Luka Pesnik",
                "email", TestData.email("luka"), "topic", "TAXES", "message", "Kako plačam akontacijo?",
                "language", "en", "consent", true)));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(created.getBody());
        assertThat(body.get("reference").asText()).matches("SC-\\d{4}-\\d{4}");
        String statusPath = body.get("statusUrl").asText().replaceFirst("^https?://[^/]+", "");
        HttpHeaders accept = new HttpHeaders();
        accept.setAccept(List.of(MediaType.APPLICATION_JSON));
        JsonNode status = json.readTree(http.exchange(statusPath, HttpMethod.GET,
                new HttpEntity<>(accept), String.class).getBody());
        assertThat(status.get("statusLabel").asText()).isEqualTo("Received");
        assertThat(status.get("history").get(0).get("note").asText()).isEqualTo("Kako plačam akontacijo?");
        assertThat(mailTemplates(body.get("reference").asText())).containsExactly("case-received");
    }

    @Test
    void invalidRequestNamesEveryBadFieldAndStoresNothing() throws Exception {
        ResponseEntity<String> response = post("""
                {"name":"","email":"nope","topic":"HOROSCOPE","message":"","language":"de","consent":false}""");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("name", "email", "topic", "message", "language", "consent");
    }

    @Test
    void staffDownloadTheReportForFundersAsCsv() throws Exception {
        post(json.writeValueAsString(Map.of("name", "Eva", "email", TestData.email("eva"), "topic", "FUNDING_CALLS",
                "message", "Rok razpisa?", "consent", true)));
        String today = LocalDate.now(ReferenceNumbers.ZONE).toString();

        ResponseEntity<String> report = http.withBasicAuth("staff", "demo")
                .getForEntity("/api/reports/assistance?from=" + today + "&to=" + today, String.class);

        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report.getHeaders().getContentType().toString()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(report.getBody())).getRecords();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("measure")).isEqualTo("cases");
            assertThat(r.get("topic")).isEqualTo("FUNDING_CALLS");
            assertThat(r.get("month")).isEqualTo(today.substring(0, 7));
            assertThat(Integer.parseInt(r.get("value"))).isPositive();
        });
        assertThat(rows).extracting(r -> r.get("measure")).contains("cases_by_outcome", "cases_total",
                "median_first_response_working_days", "share_first_response_within_sla", "share_resolved_within_sla");

        assertThat(http.getForEntity("/api/reports/assistance?from=" + today + "&to=" + today, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("counsellor1", "demo").getForEntity("/api/reports/assistance?from=" + today
                + "&to=" + today, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> bad = http.withBasicAuth("staff", "demo")
                .getForEntity("/api/reports/assistance?from=2026-13-01&to=2026-01-01", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("from");
    }

    private ResponseEntity<String> post(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/assistance-requests", new HttpEntity<>(body, headers), String.class);
    }
}
