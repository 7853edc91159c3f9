package si.asociacija.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;

/** The earlier member register imported over HTTP: all or nothing, idempotent, a dry run that stores nothing. */
class MemberImportTest extends WorkflowTest {

    private static final String HEADER = "type,name,email,registrationNumber,taxNumber,field,joinDate,language,representative\n";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void membersAreCreatedThenUpdatedOrLeftAsTheyAre() throws Exception {
        String registration = TestData.registrationNumber();
        String tax = TestData.taxNumber();
        String orgEmail = TestData.email("drustvo");
        String personEmail = TestData.email("plesalka");
        String file = "\uFEFF" + HEADER
                + "ORGANISATION,\"Društvo Plesni oder, Maribor\"," + orgEmail + "," + registration + "," + tax
                + ",PERFORMING_ARTS,2019-05-14,sl,Ana Novak\n"
                + "INDIVIDUAL,Mojca Plesalka," + personEmail + ",,,PERFORMING_ARTS,2021-01-10,en,\n";

        assertThat(report(importCsv(file, false))).isEqualTo("2/0/0/0");
        JsonNode organisation = member(orgEmail);
        assertThat(organisation.get("membershipNumber").asText()).matches("M-\\d{4}-\\d{4,}");
        assertThat(organisation.get("representative").asText()).isEqualTo("Ana Novak");
        assertThat(organisation.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(organisation.get("applicationReference").isNull()).isTrue();
        assertThat(member(personEmail).get("language").asText()).isEqualTo("en");

        assertThat(report(importCsv(file, false))).as("the same file again").isEqualTo("0/0/2/0");
        String changed = file.replace("Ana Novak", "Bojan Kos").replace(personEmail, personEmail.toUpperCase());
        assertThat(report(importCsv(changed, true))).as("dry run").isEqualTo("0/2/0/0");
        assertThat(member(orgEmail).get("representative").asText()).as("a dry run stores nothing").isEqualTo("Ana Novak");
        assertThat(report(importCsv(changed, false))).isEqualTo("0/2/0/0");
        JsonNode updated = member(orgEmail);
        assertThat(updated.get("representative").asText()).isEqualTo("Bojan Kos");
        assertThat(updated.get("membershipNumber").asText()).isEqualTo(organisation.get("membershipNumber").asText());

        List<JsonNode> organisations = members("?type=ORGANISATION&status=ACTIVE");
        assertThat(organisations).anyMatch(m -> m.get("email").asText().equals(orgEmail))
                .allMatch(m -> m.get("type").asText().equals("ORGANISATION"));
        assertThat(http.withBasicAuth("staff", "demo").getForEntity("/api/members?status=GONE", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aFileWithABadRowStoresNothingAndNamesEveryBadLine() throws Exception {
        String goodEmail = TestData.email("dobra");
        String file = HEADER
                + "INDIVIDUAL,Dobra Vrstica," + goodEmail + ",,,MUSIC,2020-02-02,sl,\n"
                + "ORGANISATION,Zavod Brez Številk," + TestData.email("zavod") + ",,,MUSIC,2020-02-02,sl,\n"
                + "INDIVIDUAL,Napačna Davčna," + TestData.email("davcna") + ",,12345678,JUGGLING,2020-02-30,de,\n"
                + "INDIVIDUAL,Prihodnost," + TestData.email("jutri") + ",,,MUSIC," + LocalDate.now().plusDays(2) + ",sl,\n";

        ResponseEntity<String> refused = importCsv(file, false);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        List<String> errors = new ArrayList<>();
        json.readTree(refused.getBody()).get("errors").forEach(e ->
                errors.add(e.get("line").asInt() + " " + e.get("field").asText()));
        assertThat(errors).containsExactlyInAnyOrder("3 registrationNumber", "3 taxNumber", "4 taxNumber", "4 field",
                "4 joinDate", "4 language", "5 joinDate");
        assertThat(members("")).noneMatch(m -> m.get("email").asText().equals(goodEmail));

        JsonNode dryRun = json.readTree(importCsv(file, true).getBody());
        assertThat(dryRun.get("created").asInt()).isEqualTo(1);
        assertThat(dryRun.get("rejected")).hasSize(7);
        assertThat(members("")).noneMatch(m -> m.get("email").asText().equals(goodEmail));
    }

    @Test
    void theSameMemberTwiceInOneFileOrAMissingColumnIsRefused() throws Exception {
        String email = TestData.email("dvakrat");
        String twice = HEADER + "INDIVIDUAL,Ena," + email + ",,,MUSIC,2020-02-02,sl,\n"
                + "INDIVIDUAL,Dva," + email.toUpperCase() + ",,,MUSIC,2020-02-02,sl,\n";
        ResponseEntity<String> refused = importCsv(twice, false);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("is already on line 2");

        ResponseEntity<String> noHeader = importCsv("type,name,email\nINDIVIDUAL,Ena," + email + "\n", false);
        assertThat(noHeader.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noHeader.getBody()).contains("header").contains("joinDate");

        assertThat(http.withBasicAuth("board01", "demo").postForEntity("/api/members/import",
                csv(twice), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void tenThousandRowsImportInOneRequest() throws Exception {
        StringBuilder file = new StringBuilder(HEADER);
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 10_000; i++) {
            file.append("INDIVIDUAL,Član ").append(i).append(",clan-").append(run).append('-').append(i)
                    .append("@example.si,,,VISUAL_ARTS,2015-03-01,sl,\n");
        }
        long start = System.nanoTime();
        ResponseEntity<String> imported = importCsv(file.toString(), false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("IMPORT: 10000 rows in " + millis + " ms");

        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report(imported)).isEqualTo("10000/0/0/0");
        // the test database is shared: these members must not be convened by the other tests
        jdbc.update("update registered_member set status = 'ENDED', ended_on = join_date where email like ?",
                "clan-" + run + "-%");
    }

    private ResponseEntity<String> importCsv(String file, boolean dryRun) {
        return http.withBasicAuth("staff", "demo").postForEntity("/api/members/import" + (dryRun ? "?dryRun=true" : ""),
                csv(file), String.class);
    }

    private static HttpEntity<byte[]> csv(String file) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        return new HttpEntity<>(file.getBytes(StandardCharsets.UTF_8), headers);
    }

    private String report(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode report = json.readTree(response.getBody());
        return report.get("created").asInt() + "/" + report.get("updated").asInt() + "/"
                + report.get("unchanged").asInt() + "/" + report.get("rejected").size();
    }

    private JsonNode member(String email) throws Exception {
        return members("").stream().filter(m -> m.get("email").asText().equalsIgnoreCase(email)).findFirst().orElseThrow();
    }

    private List<JsonNode> members(String query) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        json.readTree(http.withBasicAuth("staff", "demo").getForEntity("/api/members" + query, String.class).getBody())
                .forEach(list::add);
        return list;
    }
}
