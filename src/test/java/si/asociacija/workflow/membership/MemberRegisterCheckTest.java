package si.asociacija.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
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

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.registry.internal.file.OrganisationRow;
import si.asociacija.workflow.registry.internal.file.RegisterFileGenerator;
import si.asociacija.workflow.registry.internal.file.RegisterLines;
import si.asociacija.workflow.registry.internal.file.RegisterSource;
import si.asociacija.workflow.registry.internal.file.TaxpayerRow;

/**
 * The yearly check of every active member against the registers: a member struck off the business
 * register or whose name no longer matches gets one staff task that year, a member the registers
 * confirm none, and a second check the same year opens nothing new. Only staff and admins start it.
 */
class MemberRegisterCheckTest extends WorkflowTest {

    private static final int SAMPLE_UNITS = 30;
    private static final String PROCESS_KEY = "member-register-change";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;

    private OrganisationRow clean;
    private OrganisationRow renamed;
    private OrganisationRow struckOff;

    /** Three organisations in the FURS list; in PRS one as the member is named, one renamed, one gone. */
    @BeforeEach
    void loadRegisters() throws IOException {
        clean = unit(TestData.registrationNumber(), "Zavod Čisti Računi");
        renamed = unit(TestData.registrationNumber(), "Kulturni center Drugod");
        struckOff = unit(TestData.registrationNumber(), "Zavod Izbrisani");
        jdbc.update("delete from registry_organisation");
        jdbc.update("delete from registry_taxpayer where list = 'FURS_PO'");
        importPrs(clean, renamed);
    }

    @Test
    void aMemberStruckOffOrRenamedGetsOneTaskAYearAndAConfirmedMemberNone() throws IOException {
        String confirmed = member(clean, clean.name());
        String otherName = member(renamed, "Zavod Premik");
        String gone = member(struckOff, struckOff.name());
        importFursPo(confirmed, otherName, gone);

        JsonNode first = check(HttpStatus.OK);
        assertThat(first.get("year").asInt()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Ljubljana")).getYear());
        assertThat(first.get("checked").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(first.get("opened").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(tasks(confirmed)).isEmpty();
        assertThat(tasks(otherName)).hasSize(1);
        assertThat(tasks(gone)).hasSize(1);

        Task renamedTask = tasks(otherName).get(0);
        assertThat(renamedTask.getName()).startsWith("Preveri člana po letnem pregledu registrov — " + otherName)
                .contains("Zavod Premik");
        Map<String, Object> shown = taskService.getVariablesLocal(renamedTask.getId());
        assertThat(shown).containsEntry("flaggedChecks", "Ime / Name").containsEntry("memberHeld",
                "organizacija: Zavod Premik; matična številka: " + renamed.registrationNumber() + "; davčna številka: "
                        + taxNumberOf(otherName) + "\norganisation: Zavod Premik; registration number: "
                        + renamed.registrationNumber() + "; tax number: " + taxNumberOf(otherName));
        assertThat((String) shown.get("registerFindings")).contains("Ime / Name: ne ujema se / does not match — "
                + "Kulturni center Drugod", "Davčna številka (FURS) / Tax number (FURS): v redu / OK");
        Map<String, Object> goneShown = taskService.getVariablesLocal(tasks(gone).get(0).getId());
        assertThat(goneShown).containsEntry("flaggedChecks", "Poslovni register (PRS) / Business register (PRS)");
        assertThat((String) goneShown.get("registerFindings"))
                .startsWith("Poslovni register (PRS) / Business register (PRS): ni najden / not found");

        JsonNode second = check(HttpStatus.OK);
        assertThat(second.get("opened").asInt()).as("the same year again").isZero();
        assertThat(tasks(confirmed)).isEmpty();
        assertThat(tasks(otherName)).hasSize(1);
        assertThat(tasks(gone)).hasSize(1);
        assertThat(status(gone)).as("a member struck off is not ended by the check").isEqualTo("ACTIVE");
    }

    @Test
    void onlyStaffAndAdminsStartTheCheck() {
        assertThat(http.withBasicAuth("board01", "demo").postForEntity("/api/members/register-check", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity("/api/members/register-check", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private JsonNode check(HttpStatus expected) {
        ResponseEntity<JsonNode> answer = staff().postForEntity("/api/members/register-check", null, JsonNode.class);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(expected);
        return answer.getBody();
    }

    private static OrganisationRow unit(String registrationNumber, String name) {
        return new OrganisationRow(registrationNumber, name, "Zavod", "AJPES, izpostava Ljubljana", "Trubarjeva cesta", "5",
                null, "Ljubljana", "1000", "Ljubljana", "SLOVENIJA");
    }

    /** An organisation member of the unit under {@code name}, through the import of the earlier register. */
    private String member(OrganisationRow unit, String name) {
        String email = TestData.email("letni");
        String csv = "type,name,email,registrationNumber,taxNumber,field,joinDate,language,representative\n"
                + "ORGANISATION,\"" + name + "\"," + email + "," + unit.registrationNumber() + "," + TestData.taxNumber()
                + ",PERFORMING_ARTS,2019-05-14,sl,Ana Novak\n";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        assertThat(staff().postForEntity("/api/members/import", new HttpEntity<>(csv, headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        return memberBy("email", email).get("membershipNumber").asText();
    }

    /** A PRS file (opsiprs.csv, UTF-16LE) of the sample units and these. */
    private void importPrs(OrganisationRow... units) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (InputStream samples = new RegisterFileGenerator(SAMPLE_UNITS).prsCsv()) {
            samples.transferTo(file);
        }
        for (OrganisationRow unit : units) {
            file.write(RegisterLines.csv(unit).getBytes(StandardCharsets.UTF_16LE));
        }
        upload("PRS", "opsiprs.csv", file.toByteArray());
    }

    /** A FURS list of legal persons (UTF-8) of the sample taxpayers and these members, none VAT-registered. */
    private void importFursPo(String... membershipNumbers) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (InputStream samples = new RegisterFileGenerator(SAMPLE_UNITS).fursPo(StandardCharsets.UTF_8)) {
            samples.transferTo(file);
        }
        for (String number : membershipNumbers) {
            JsonNode member = memberBy("membershipNumber", number);
            file.write(RegisterLines.po(new TaxpayerRow(RegisterSource.FURS_PO, member.get("taxNumber").asText(),
                    member.get("registrationNumber").asText(), false, null, "90.030", member.get("name").asText(),
                    "TRUBARJEVA CESTA 5, 1000 LJUBLJANA", "01", false), null).getBytes(StandardCharsets.UTF_8));
        }
        upload("FURS_PO", "DURS_zavezanci_PO.txt", file.toByteArray());
    }

    private void upload(String source, String fileName, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        ResponseEntity<JsonNode> answer = staff().postForEntity("/api/registry/imports/" + source + "?fileName=" + fileName,
                new HttpEntity<>(content, headers), JsonNode.class);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.CREATED);
    }

    private List<Task> tasks(String membershipNumber) {
        return taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKeyLike("RY-%-" + membershipNumber).list();
    }

    private String taxNumberOf(String membershipNumber) {
        return memberBy("membershipNumber", membershipNumber).get("taxNumber").asText();
    }

    private String status(String membershipNumber) {
        return memberBy("membershipNumber", membershipNumber).get("status").asText();
    }

    private JsonNode memberBy(String field, String value) {
        for (JsonNode member : staff().getForEntity("/api/members?type=ORGANISATION", JsonNode.class).getBody()) {
            if (member.get(field).asText().equals(value)) {
                return member;
            }
        }
        throw new AssertionError("no member with " + field + " " + value);
    }

    private TestRestTemplate staff() {
        return http.withBasicAuth("staff", "demo");
    }
}
