package si.asociacija.workflow.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.RegisterServer;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.registry.internal.file.RegisterFileGenerator;
import si.asociacija.workflow.registry.internal.file.RegisterLines;
import si.asociacija.workflow.registry.internal.file.SampleRecords;
import si.asociacija.workflow.registry.internal.file.TaxpayerRow;

/**
 * Register files imported as they arrive (sent by staff, fetched over HTTP, dropped in the folder):
 * counted, changes recorded per record, a broken or cut-short file refused with the data held unchanged,
 * and the local copy answering lookups.
 */
class RegisterImportTest extends WorkflowTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;

    @Test
    void aFursListIsImportedThenChangesAreFoundAndABrokenFileChangesNothing() throws Exception {
        jdbc.update("delete from registry_taxpayer where list = 'FURS_PO'");
        JsonNode first = upload("FURS_PO", zip(poLines(100, -1, -1)), HttpStatus.CREATED);
        assertThat(first.get("new").asLong()).isEqualTo(100);
        assertThat(first.get("rowsRead").asLong()).isEqualTo(101);
        assertThat(first.get("rejected").asLong()).isEqualTo(1);
        assertThat(first.get("outcome").asText()).isEqualTo("SUCCEEDED");
        JsonNode detail = staff().getForEntity("/api/registry/imports/" + first.get("id").asLong(), JsonNode.class).getBody();
        assertThat(detail.get("rejections").get(0).get("reason").asText()).isNotBlank();

        JsonNode second = upload("FURS_PO", zip(poLines(100, 5, 7)), HttpStatus.CREATED);
        assertThat(List.of(second.get("new").asLong(), second.get("changed").asLong(), second.get("gone").asLong()))
                .containsExactly(0L, 1L, 1L);
        assertThat(jdbc.queryForList("select kind || ':' || coalesce(changed_fields, '') from registry_change where import_id = ? "
                + "order by kind", String.class, second.get("id").asLong())).containsExactly("CHANGED:name", "GONE:");

        byte[] truncated = Arrays.copyOf(zip(poLines(100, -1, -1)), 2000);
        JsonNode broken = upload("FURS_PO", truncated, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(broken.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(broken.get("reason").asText()).containsIgnoringCase("truncated");
        theFailureIsAStaffTaskAndACockpitIncident(broken.get("id").asLong());
        JsonNode cutShort = upload("FURS_PO", zip(poLines(10, -1, -1)), HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(cutShort.get("reason").asText()).contains("incomplete");

        JsonNode changed = staff().getForEntity("/api/registry/organisations?taxNumber=" + SampleRecords.taxNumber(5),
                JsonNode.class).getBody();
        assertThat(changed.get("taxpayers").findValuesAsText("name")).contains("SPREMENJENO IME 5");
        assertThat(changed.get("fursDate").asText()).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from registry_taxpayer where list = 'FURS_PO' and tax_number = ?",
                Long.class, SampleRecords.taxNumber(7))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from registry_taxpayer where list = 'FURS_PO'", Long.class)).isEqualTo(99);
    }

    @Test
    void aZipBombFailsItsImportAndChangesNothing() throws Exception {
        jdbc.update("delete from registry_taxpayer where list = 'FURS_PO'");
        upload("FURS_PO", zip(poLines(100, -1, -1)), HttpStatus.CREATED);
        byte[] bomb = zip(" ".repeat(8 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));

        JsonNode failed = upload("FURS_PO", bomb, HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(failed.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(failed.get("reason").asText()).contains("more than 100 times its compressed size");
        assertThat(jdbc.queryForObject("select count(*) from registry_taxpayer where list = 'FURS_PO'", Long.class))
                .isEqualTo(100);
        assertThat(jdbc.queryForObject("select count(*) from registry_taxpayer_staging where import_id = ?", Long.class,
                failed.get("id").asLong())).isZero();
    }

    @Test
    void aRecordTwiceInAFileIsKeptAsFirstReadAndTheSecondCountedAsRejected() throws Exception {
        List<String> lines = new ArrayList<>(IntStream.range(0, 40)
                .mapToObj(i -> RegisterLines.dej(SampleRecords.naturalPerson(i), 424)).toList());
        TaxpayerRow first = SampleRecords.naturalPerson(3);
        lines.add(RegisterLines.dej(new TaxpayerRow(first.list(), first.taxNumber(), first.registrationNumber(), false, null,
                first.activity(), "DRUGO IME S.P.", first.address(), first.taxOffice(), false), 424));

        JsonNode imported = upload("FURS_DEJ", zip(String.join("", lines).getBytes(StandardCharsets.UTF_8)), HttpStatus.CREATED);

        assertThat(imported.get("rejected").asLong()).isEqualTo(1);
        assertThat(jdbc.queryForList("select name from registry_taxpayer where list = 'FURS_DEJ' and tax_number = ? "
                + "and registration_number = ?", String.class, first.taxNumber(), first.registrationNumber()))
                .containsExactly(first.name());
    }

    @Test
    void theBusinessRegisterIsFetchedFromItsPublisherAndLookedUpByRegistrationNumber() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        RegisterFileGenerator.zip("opsiprs.csv", new RegisterFileGenerator(30).prsCsv(), zipped);
        RegisterServer.server().stubFor(get(urlEqualTo("/registers/PRS")).willReturn(aResponse().withBody(zipped.toByteArray())));

        assertThat(staff().postForEntity("/api/registry/imports/PRS/fetch", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> latest("PRS").path("outcome").asText().equals("SUCCEEDED"));
        String number = SampleRecords.registrationNumber(3);
        JsonNode unit = staff().getForEntity("/api/registry/organisations/" + number, JsonNode.class).getBody();
        assertThat(unit.get("organisation").get("name").asText()).isEqualTo(SampleRecords.organisation(3).name());
        assertThat(unit.get("prsDate").asText()).isNotBlank();
    }

    @Test
    void aFileThatCannotBeFetchedIsAFailedImportForStaff() {
        RegisterServer.server().stubFor(get(urlEqualTo("/registers/FURS_DEJ")).willReturn(aResponse().withStatus(404)));

        staff().postForEntity("/api/registry/imports/FURS_DEJ/fetch", null, String.class);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> latest("FURS_DEJ").path("outcome").asText().equals("FAILED"));
        assertThat(latest("FURS_DEJ").get("reason").asText()).contains("could not fetch").contains("404");
    }

    @Test
    void aFileDroppedInTheDropFolderIsImported() throws Exception {
        Path folder = Path.of("target/registry-drop");
        Files.createDirectories(folder);
        String name = "DURS_zavezanci_DEJ-" + System.nanoTime() + ".zip";
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        RegisterFileGenerator.zip("DURS_zavezanci_DEJ.txt", new RegisterFileGenerator(40).fursDej(StandardCharsets.UTF_8, 424), zipped);
        Path partial = folder.resolve(".writing-" + name);
        Files.write(partial, zipped.toByteArray());
        Files.move(partial, folder.resolve(name));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> name.equals(latest("FURS_DEJ").path("file").asText())
                && latest("FURS_DEJ").path("outcome").asText().equals("SUCCEEDED"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(folder.resolve(name)));
        try (var done = Files.list(folder.resolve(".done"))) {
            assertThat(done.map(Path::toString)).anyMatch(p -> p.endsWith(name));
        }
    }

    @Test
    void anImportWhoseNodeStoppedIsTakenOverAndOneStillRunningIsWaitedFor() throws Exception {
        long stopped = runningImport("FURS_DEJ", Instant.now().minus(Duration.ofMinutes(5)));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        RegisterFileGenerator.zip("DURS_zavezanci_DEJ.txt", new RegisterFileGenerator(40).fursDej(StandardCharsets.UTF_8, 424), zipped);

        assertThat(upload("FURS_DEJ", zipped.toByteArray(), HttpStatus.CREATED).get("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.queryForObject("select reason from registry_import where id = ?", String.class, stopped))
                .contains("interrupted");

        long running = runningImport("FURS_DEJ", Instant.now());
        upload("FURS_DEJ", zipped.toByteArray(), HttpStatus.CONFLICT);
        jdbc.update("delete from registry_import_running where import_id = ?", running);
    }

    private long runningImport(String source, Instant renewed) {
        jdbc.update("insert into registry_import (source, file_name, started_at, outcome) values (?, 'elsewhere', ?, 'RUNNING')",
                source, Timestamp.from(renewed));
        long id = jdbc.queryForObject("select max(id) from registry_import", Long.class);
        jdbc.update("insert into registry_import_running (source, import_id, renewed_at) values (?, ?, ?)", source, id,
                Timestamp.from(renewed));
        return id;
    }

    @Test
    void onlyStaffSeeTheRegisters() {
        assertThat(http.getForEntity("/api/registry/imports", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("board01", "demo").getForEntity("/api/registry/imports", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(staff().getForEntity("/api/registry/organisations?taxNumber=12345678", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private void theFailureIsAStaffTaskAndACockpitIncident(long importId) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey("UV-" + importId).singleResult();
        assertThat(task.getName()).startsWith("Preveri neuspeli uvoz — UV-" + importId + " FURS_PO");
        assertThat((String) taskService.getVariableLocal(task.getId(), "importSummary")).containsIgnoringCase("truncated");
        Incident incident = processEngine.getRuntimeService().createIncidentQuery().incidentType("registryImport")
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        assertThat(incident.getIncidentMessage()).startsWith("Uvoz registra FURS_PO").containsIgnoringCase("truncated");

        taskService.complete(task.getId());
        assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(task.getProcessInstanceId())
                .count()).isZero();
    }

    /** FURS PO lines 0..n-1 and one bad line; {@code changed} gets another name, {@code missing} is left out. */
    private static byte[] poLines(int n, int changed, int missing) {
        List<String> lines = new ArrayList<>();
        IntStream.range(0, n).filter(i -> i != missing).forEach(i -> {
            TaxpayerRow row = SampleRecords.legalPerson(i);
            if (i == changed) {
                row = new TaxpayerRow(row.list(), row.taxNumber(), row.registrationNumber(), row.vatRegistered(), row.vatSince(),
                        row.activity(), "SPREMENJENO IME " + i, row.address(), row.taxOffice(), row.selfEmployedInCulture());
            }
            lines.add(RegisterLines.po(row, null));
        });
        lines.add("this line is not a taxpayer");
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(byte[] content) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (InputStream in = new ByteArrayInputStream(content)) {
            RegisterFileGenerator.zip("DURS_zavezanci_PO.txt", in, zipped);
        }
        return zipped.toByteArray();
    }

    private JsonNode upload(String source, byte[] file, HttpStatus expected) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        ResponseEntity<JsonNode> answer = staff().postForEntity("/api/registry/imports/" + source + "?fileName=DURS_zavezanci_PO.zip",
                new HttpEntity<>(file, headers), JsonNode.class);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(expected);
        return answer.getBody();
    }

    private JsonNode latest(String source) {
        for (JsonNode record : staff().getForEntity("/api/registry/imports", JsonNode.class).getBody()) {
            if (record.get("source").asText().equals(source)) {
                return record;
            }
        }
        return json.createObjectNode();
    }

    private TestRestTemplate staff() {
        return http.withBasicAuth("staff", "demo");
    }
}
