package si.asociacija.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;

/**
 * The README's walk through the registers: the bundled sample files ({@code samples/registers}) dropped in
 * the drop folder are imported, and an application of an organisation and of a person in them is found.
 */
class SampleRegistersTest extends WorkflowTest {

    private static final Path SAMPLES = Path.of("samples/registers");
    private static final Path DROP_FOLDER = Path.of("target/registry-drop");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;

    @Test
    void theSampleFilesDroppedInTheFolderAreImportedAndTheReadmesApplicantIsFound() throws Exception {
        jdbc.update("delete from registry_organisation");
        jdbc.update("delete from registry_taxpayer");
        jdbc.update("update membership_application set is_open = false where registration_number = '1768875000'");

        drop("Prs.xml");
        drop("DURS_zavezanci_PO.txt");
        drop("DURS_zavezanci_DEJ.txt");

        assertThat(awaitImported("PRS", "Prs.xml").get("rowsRead").asInt()).isEqualTo(10);
        assertThat(awaitImported("FURS_PO", "DURS_zavezanci_PO.txt").get("new").asInt()).isEqualTo(10);
        JsonNode dej = awaitImported("FURS_DEJ", "DURS_zavezanci_DEJ.txt");
        assertThat(dej.get("rowsRead").asInt()).isEqualTo(5);
        assertThat(dej.get("rejected").asInt()).isZero();

        String organisation = apply(Map.of("type", "ORGANISATION", "name", "Zavod Primer",
                "registrationNumber", "1768875000", "taxNumber", "38450666"));
        assertThat(awaitFindings(organisation, "Davčna številka (FURS) / Tax number (FURS): v redu / OK"))
                .as("the findings as the README shows them").isEqualTo(readmeBlock("Poslovni register (PRS)"));

        String person = apply(Map.of("type", "INDIVIDUAL", "name", "Ana Umetnica", "taxNumber", "62345001"));
        assertThat(awaitFindings(person, "Samozaposlen v kulturi (FURS) / Self-employed in culture (FURS): v redu / OK"))
                .contains("ANA UMETNICA - SAMOZAPOSLENI V KULTURI");
    }

    /** The README's code block whose first line starts with {@code firstLine}. */
    private static String readmeBlock(String firstLine) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```\n" + firstLine) + 4;
        return readme.substring(start, readme.indexOf("\n```", start));
    }

    private static void drop(String file) throws Exception {
        Files.createDirectories(DROP_FOLDER);
        Path partial = DROP_FOLDER.resolve(".writing-" + file);
        Files.copy(SAMPLES.resolve(file), partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, DROP_FOLDER.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }

    private JsonNode awaitImported(String source, String file) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> file.equals(latest(source).path("file").asText())
                && latest(source).path("outcome").asText().equals("SUCCEEDED"));
        return latest(source);
    }

    private JsonNode latest(String source) {
        for (JsonNode record : http.withBasicAuth("staff", "demo").getForEntity("/api/registry/imports", JsonNode.class).getBody()) {
            if (record.get("source").asText().equals(source)) {
                return record;
            }
        }
        return json.createObjectNode();
    }

    private String apply(Map<String, String> who) throws Exception {
        Map<String, Object> body = new HashMap<>(who);
        body.putAll(Map.of("email", TestData.email("vzorec"), "address", "Metelkova ulica 6, 1000 Ljubljana",
                "field", "MUSIC", "motivation", "Organiziramo koncerte sodobne glasbe.", "language", "sl", "consent", true));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var answer = http.postForEntity("/api/membership-applications",
                new HttpEntity<>(json.writeValueAsString(body), headers), JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody().get("reference").asText();
    }

    private String awaitFindings(String reference, String expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(findings(reference)).contains(expected));
        return findings(reference);
    }

    private String findings(String reference) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                .map(i -> (String) runtime.getVariable(i.getId(), "registerFindings")).filter(v -> v != null)
                .findFirst().orElse("");
    }
}
