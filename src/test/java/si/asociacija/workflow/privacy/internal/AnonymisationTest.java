package si.asociacija.workflow.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
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
import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.privacy.Erasure;

/**
 * Erasure on request and the nightly retention run: names, addresses, messages and mails go, with the
 * engine's history of their processes; counts, dates and outcomes stay; a current member, an open
 * application or case is refused with the reason and nothing changes.
 */
class AnonymisationTest extends WorkflowTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Anonymisation anonymisation;

    PersonalDataCases cases;

    @BeforeEach
    void cases() {
        cases = new PersonalDataCases(http, json, processEngine);
    }

    @Test
    void anErasureAnonymisesTheClosedRecordsTheirMailsMotionAndProcessHistory() throws Exception {
        String email = TestData.email("pozabljena");
        String application = cases.rejectedApplication(email);
        String assistanceCase = cases.closedCase(email);
        String otherCase = cases.closedCase(TestData.email("ostane"));
        String statusToken = token("assistance_case", assistanceCase);
        allSentTo(email);

        ResponseEntity<String> answer = erase("admin", "{\"email\":\"%s\"}".formatted(email.toUpperCase()));

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode result = json.readTree(answer.getBody());
        assertThat(result.get("anonymised").get("membership/applications").asInt()).isEqualTo(1);
        assertThat(result.get("anonymised").get("counselling/assistance-cases").asInt()).isEqualTo(1);
        assertThat(result.get("anonymised").get("board/motions").asInt()).isEqualTo(1);
        assertThat(result.get("anonymised").get("mail/messages").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(result.get("processHistories").asInt()).isEqualTo(2);
        assertThat(answer.getBody()).doesNotContain(email);

        Map<String, Object> applicationRow = jdbc.queryForMap("select * from membership_application where reference = ?", application);
        assertThat(applicationRow).containsEntry("NAME", "—").containsEntry("EMAIL", null).containsEntry("ADDRESS", null)
                .containsEntry("MOTIVATION", null).containsEntry("REJECTION_REASON", null)
                .containsEntry("STATUS", "REJECTED").containsEntry("FIELD", "MUSIC");
        assertThat(applicationRow.get("SUBMITTED_AT")).isNotNull();
        assertThat(applicationRow.get("ANONYMISED_AT")).isNotNull();

        Map<String, Object> caseRow = jdbc.queryForMap("select * from assistance_case where reference = ?", assistanceCase);
        assertThat(caseRow).containsEntry("NAME", "—").containsEntry("EMAIL", null)
                .containsEntry("TOPIC", "TAXES").containsEntry("STATUS", "RESOLVED").containsEntry("COUNSELLOR", "counsellor1");
        assertThat(caseRow.get("CLOSED_AT")).isNotNull();
        assertThat(caseRow.get("STATUS_TOKEN")).as("the old status link no longer opens the case").isNotEqualTo(statusToken);
        assertThat(jdbc.queryForList("""
                select body from case_message where case_id = (select id from assistance_case where reference = ?)""",
                String.class, assistanceCase)).isNotEmpty().containsOnlyNulls();

        assertThat(jdbc.queryForList("select recipient from mail_outbox where reference in (?, ?)", String.class,
                application, assistanceCase)).isNotEmpty().containsOnlyNulls();
        assertThat(jdbc.queryForMap("select title, motion_text from board_resolution where subject_reference = ?", application))
                .containsEntry("TITLE", application).containsEntry("MOTION_TEXT", "");
        assertThat(jdbc.queryForList("""
                select v.comment from board_vote v join board_resolution r on r.id = v.resolution_id
                 where r.subject_reference = ?""", String.class, application)).isNotEmpty().containsOnlyNulls();

        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyIn(application, assistanceCase).count()).isZero();
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("board-decision").variableValueEquals("subjectReference", application).count()).isZero();
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(otherCase).count()).as("another person's case is untouched").isOne();
        assertThat(jdbc.queryForObject("select email from assistance_case where reference = ?", String.class, otherCase)).isNotNull();

        for (String erased : List.of(application, assistanceCase)) {
            assertThat(jdbc.queryForList("select actor from audit_entry where subject = ? and action = 'erased-on-request'",
                    String.class, erased)).as("the audit trail keeps who erased it").containsExactly("admin");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where lower(detail) like ?", Integer.class,
                "%" + email.toLowerCase() + "%")).isZero();

        ResponseEntity<byte[]> export = http.withBasicAuth("admin", "demo")
                .getForEntity("/api/personal-data?email={email}", byte[].class, email);
        assertThat(new String(export.getBody(), StandardCharsets.ISO_8859_1))
                .as("nothing left to export").doesNotContain("membership/applications.json", "counselling/", "mail/sent");
    }

    @Test
    void aCurrentMemberAndAnOpenCaseAreRefusedWithTheReasonAndNothingChanges() throws Exception {
        String email = TestData.email("clanica");
        String application = cases.admittedApplication(email);
        String openCase = cases.openCase(email);
        String membershipNumber = jdbc.queryForObject("select membership_number from registered_member where application_reference = ?",
                String.class, application);

        ResponseEntity<String> answer = erase("admin", "{\"email\":\"%s\"}".formatted(email));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody()).contains("Membership " + membershipNumber + " is current", "Assistance case " + openCase + " is still open");
        assertThat(jdbc.queryForObject("select count(*) from membership_application where email = ?", Integer.class, email)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from registered_member where email = ?", Integer.class, email)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and anonymised_at is not null",
                Integer.class, email)).isZero();
    }

    @Test
    void aFormerMembersRecordGoesWithTheApplicationThatMadeThemAMember() throws Exception {
        String email = TestData.email("nekdanja");
        String application = cases.admittedApplication(email);
        String membershipNumber = jdbc.queryForObject("select membership_number from registered_member where application_reference = ?",
                String.class, application);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth("staff", "demo").postForEntity("/api/members/{number}/end",
                new HttpEntity<>("{\"endedOn\":\"%s\"}".formatted(LocalDate.now(ZoneId.of("Europe/Ljubljana"))), headers), String.class, membershipNumber).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        allSentTo(email);

        ResponseEntity<String> answer = erase("admin", "{\"email\":\"%s\"}".formatted(email));

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForMap("select name, email, status, join_date, ended_on from registered_member where membership_number = ?",
                membershipNumber)).containsEntry("NAME", "—").containsEntry("EMAIL", null).containsEntry("STATUS", "ENDED")
                .satisfies(row -> assertThat(row.get("JOIN_DATE")).isNotNull());
        assertThat(names(application)).containsExactly("—");
        assertThat(jdbc.queryForObject("select status from membership_application where reference = ?", String.class, application))
                .isEqualTo("APPROVED");
    }

    @Test
    void theNightlyRunAnonymisesWhatIsPastItsPeriodOnceAndKeepsTheRest() throws Exception {
        String oldApplication = cases.rejectedApplication(TestData.email("stara"));
        String recentApplication = cases.rejectedApplication(TestData.email("nova"));
        String oldCase = cases.closedCase(TestData.email("star-primer"));
        String recentCase = cases.closedCase(TestData.email("nov-primer"));
        jdbc.update("update membership_application set updated_at = updated_at - interval '400' day where reference = ?", oldApplication);
        jdbc.update("update assistance_case set closed_at = closed_at - interval '1830' day where reference = ?", oldCase);
        jdbc.update("update assistance_case set closed_at = closed_at - interval '1800' day where reference = ?", recentCase);

        Erasure run = anonymisation.anonymiseExpired();

        assertThat(run.references()).contains(oldApplication, oldCase).doesNotContain(recentApplication, recentCase);
        assertThat(run.processes()).contains(oldApplication, oldCase);
        assertThat(names(oldApplication, recentApplication)).containsExactly("—", "Nina Pozabljena");
        assertThat(jdbc.queryForList("select name from assistance_case where reference in (?, ?) order by closed_at", String.class,
                oldCase, recentCase)).containsExactly("—", "Nina Pozabljena");
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyIn(oldApplication, oldCase).count()).isZero();
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyIn(recentApplication, recentCase)
                .processDefinitionKeyIn("membership-application", "assistance-case").count()).isEqualTo(2);

        assertThat(anonymisation.anonymiseExpired().references()).as("a second run finds nothing more of these")
                .doesNotContain(oldApplication, oldCase);
    }

    @Test
    void onlyAdminsMayEraseAndTheAddressMustBeOne() throws Exception {
        assertThat(erase(null, "{\"email\":\"a@example.si\"}").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String user : List.of("staff", "counsellor1", "board01")) {
            assertThat(erase(user, "{\"email\":\"a@example.si\"}").getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        for (String body : List.of("{\"email\":\"ni-naslov\"}", "{}")) {
            ResponseEntity<String> bad = erase("admin", body);
            assertThat(bad.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(bad.getBody()).contains("email");
        }
        assertThat(erase("admin", "not json").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private List<String> names(String... references) {
        return List.of(references).stream().map(reference -> jdbc.queryForObject(
                "select name from membership_application where reference = ?", String.class, reference)).toList();
    }

    private String token(String table, String reference) {
        return jdbc.queryForObject("select status_token from " + table + " where reference = ?", String.class, reference);
    }

    /** Waits until every mail to the person has gone out (a mail still being sent refuses the erasure). */
    private void allSentTo(String email) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from mail_outbox where lower(recipient) = lower(?) and status in ('PENDING', 'SENDING')",
                Integer.class, email) == 0);
    }

    private ResponseEntity<String> erase(String user, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
        return client.postForEntity("/api/personal-data/erase", new HttpEntity<>(body, headers), String.class);
    }
}
