package si.asociacija.workflow.membership;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.RegisterServer;
import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.registry.internal.file.RegisterFileGenerator;
import si.asociacija.workflow.registry.internal.file.SampleRecords;

/**
 * An application is checked against the registers as it arrives, and staff read the findings in the
 * completeness check: found, name, legal form, the two numbers together, and VAT, asked of VIES again
 * while it cannot answer and filled in when it does.
 */
class RegisterFindingsTest extends WorkflowTest {

    private static final int NGO = 6;
    private static final int COMPANY = 5;

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;

    @BeforeEach
    void loadRegisters() throws Exception {
        jdbc.update("delete from registry_organisation");
        jdbc.update("delete from registry_taxpayer where list = 'FURS_PO'");
        upload("PRS", "opsiprs.csv", new RegisterFileGenerator(30).prsCsv());
        upload("FURS_PO", "DURS_zavezanci_PO.txt", new RegisterFileGenerator(30).fursPo(StandardCharsets.UTF_8));
    }

    @Test
    void anNgoIsFoundAndItsVatNumberConfirmedOnceViesAnswers() throws Exception {
        String vatNumber = SampleRecords.taxNumber(NGO);
        RegisterServer.server().stubFor(post(urlEqualTo(RegisterServer.VIES)).withRequestBody(matchingJsonPath("$.vatNumber", 
                equalTo(vatNumber))).willReturn(okJson(
                "{\"actionSucceed\": false, \"errorWrappers\": [{\"error\": \"MS_UNAVAILABLE\"}]}")));

        String reference = apply("Živa dediščina, Ljubljana " + (NGO + 1) + " (zavod)", SampleRecords.registrationNumber(NGO), vatNumber);

        String pending = awaitFindings(reference, "DDV (VIES) / VAT (VIES): neznano, poskušam znova");
        assertThat(pending).contains("Poslovni register (PRS) / Business register (PRS): v redu / OK",
                "Ime / Name: v redu / OK", "Pravnoorganizacijska oblika / Legal form: v redu / OK — Društvo",
                "Davčna številka (FURS) / Tax number (FURS): v redu / OK");

        RegisterServer.server().stubFor(post(urlEqualTo(RegisterServer.VIES)).withRequestBody(matchingJsonPath("$.vatNumber",
                equalTo(vatNumber))).willReturn(okJson(
                "{\"valid\": true, \"name\": \"ZAVOD ŽIVA DEDIŠČINA\", \"address\": \"---\", \"requestDate\": \"2026-11-29\"}")));
        jdbc.update("update registry_finding set next_attempt_at = current_timestamp where reference = ?", reference);

        assertThat(awaitFindings(reference, "DDV (VIES) / VAT (VIES): v redu / OK")).contains("SI" + vatNumber, "ZAVOD ŽIVA DEDIŠČINA");
    }

    @Test
    void aCompanyWithAnotherNameIsFlaggedNotRefused() throws Exception {
        String reference = apply("Povsem drugo ime", SampleRecords.registrationNumber(COMPANY), SampleRecords.taxNumber(NGO));

        String findings = awaitFindings(reference, "Ime / Name: ne ujema se / does not match");
        assertThat(findings).contains("Pravnoorganizacijska oblika / Legal form: ne ujema se / does not match — Družba z omejeno odgovornostjo",
                "Davčna številka (FURS) / Tax number (FURS): ne ujema se / does not match");
    }

    private String awaitFindings(String reference, String expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> findings(reference).contains(expected));
        return findings(reference);
    }

    private String findings(String reference) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                .map(i -> (String) runtime.getVariable(i.getId(), "registerFindings")).filter(v -> v != null)
                .findFirst().orElse("");
    }

    private String apply(String name, String registrationNumber, String taxNumber) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = json.writeValueAsString(Map.of("type", "ORGANISATION", "name", name, "registrationNumber", registrationNumber,
                "taxNumber", taxNumber, "email", TestData.email("register"), "address", "Metelkova 6, Ljubljana",
                "field", "CULTURAL_HERITAGE", "motivation", "Dediščina.", "language", "sl", "consent", true));
        return json.readTree(http.postForEntity("/api/membership-applications", new HttpEntity<>(body, headers), String.class)
                .getBody()).get("reference").asText();
    }

    private void upload(String source, String entry, InputStream content) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        RegisterFileGenerator.zip(entry, content, zipped);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(http.withBasicAuth("staff", "demo").postForEntity("/api/registry/imports/" + source,
                new HttpEntity<>(zipped.toByteArray(), headers), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
}
