package si.asociacija.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static si.asociacija.workflow.assembly.AssemblySession.ok;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.assembly.AssemblySession;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.audit.AuditReader.Entry;

/**
 * Each change leaves its entry with the right actor: the applicant on the public form, staff and board
 * members in their tasks, the system in jobs, members on their assembly links, the client of a case,
 * the admin in the engine REST API; and no entry stays behind when its change rolls back.
 */
class AuditTrailTest extends WorkflowTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    AuditReader audit;

    @BeforeEach
    void reader() {
        audit = new AuditReader(http, json);
    }

    @Test
    void anApplicationIsTracedFromSubmissionThroughTheBoardToAdmission() throws Exception {
        String reference = apply();
        audit.complete("staff", audit.task("staff", reference), "{\"complete\": {\"value\": true}}");
        String resolution = boardVotes(reference, "APPROVE");

        List<Entry> application = audit.awaitAbout(SubjectType.APPLICATION, reference,
                entries -> entries.stream().anyMatch(e -> e.action().equals("approved")));
        assertThat(application).extracting(Entry::line).containsExactly(
                "applicant submitted (public form)",
                "staff put-to-board (found complete)",
                "system approved (resolution " + resolution + ", member " + memberOf(reference) + ")");
        assertThat(audit.about(SubjectType.MEMBER, memberOf(reference))).extracting(Entry::line)
                .containsExactly("system admitted (application " + reference + ", resolution " + resolution + ")");
    }

    @Test
    void aRejectionNamesTheStaffWhoWroteTheReasonAndTheBoardVotesTheirVoters() throws Exception {
        String reference = apply();
        audit.complete("staff", audit.task("staff", reference), "{\"complete\": {\"value\": true}}");
        String resolution = boardVotes(reference, "REJECT");
        audit.complete("staff2", audit.task("staff2", reference),
                "{\"rejectionReason\": {\"value\": \"Dejavnost ni s področja kulture.\"}}");

        assertThat(audit.about(SubjectType.APPLICATION, reference)).extracting(Entry::line).endsWith(
                "staff2 rejected (resolution " + resolution + ")");
        List<Entry> votes = audit.about(SubjectType.BOARD_VOTE, resolution);
        assertThat(votes).filteredOn(e -> e.action().equals("vote-cast")).extracting(Entry::line).containsExactly(
                "board01 vote-cast (vote REJECT)", "board02 vote-cast (vote REJECT)", "board03 vote-cast (vote REJECT)",
                "board04 vote-cast (vote REJECT)", "board05 vote-cast (vote REJECT)", "board06 vote-cast (vote REJECT)",
                "board07 vote-cast (vote REJECT)");
        assertThat(votes).extracting(Entry::action).contains("opened", "resolved");
        assertThat(json.writeValueAsString(audit.about(SubjectType.APPLICATION, reference)))
                .as("no personal data of the applicant").doesNotContain("@example.si").doesNotContain("Glasbeni");
    }

    @Test
    void assemblyVotesNameTheVoterAndTheChoiceOnlyOfANamedBallot() throws Exception {
        AssemblySession s = new AssemblySession(http, json, jdbc, processEngine).members(2, "revizija").convene(true,
                "{\"title\": \"Letno poročilo\", \"kind\": \"RESOLUTION\", \"ballot\": \"NAMED\"}",
                "{\"title\": \"Razrešitev\", \"kind\": \"RESOLUTION\", \"ballot\": \"SECRET\"}");
        s.timerFires();
        ok(s.checkIn(0));
        ok(s.checkIn(1));
        ok(s.open());
        ok(s.openItem(1));
        ok(s.vote(0, 1, "{\"choice\": \"FOR\"}"));
        ok(s.vote(1, 1, "{\"choice\": \"AGAINST\"}"));
        ok(s.closeItem(1));
        ok(s.openItem(2));
        ok(s.vote(0, 2, "{\"choice\": \"AGAINST\"}"));
        ok(s.vote(1, 2, "{\"choice\": \"ABSTAIN\"}"));
        ok(s.closeItem(2));

        List<Entry> votes = audit.about(SubjectType.ASSEMBLY_VOTE, s.reference);
        assertThat(votes).extracting(Entry::line).containsExactly(
                "member vote-cast (item 1, member " + s.numbers.get(0) + ", named ballot: FOR)",
                "member vote-cast (item 1, member " + s.numbers.get(1) + ", named ballot: AGAINST)",
                "member vote-cast (item 2, member " + s.numbers.get(0) + ", secret ballot)",
                "member vote-cast (item 2, member " + s.numbers.get(1) + ", secret ballot)");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject = ? and detail like 'item 2%'"
                + " and (detail like '%FOR%' or detail like '%AGAINST%' or detail like '%ABSTAIN%')", Integer.class, s.reference))
                .as("no choice of a secret ballot anywhere in the trail").isZero();
    }

    @Test
    void aCaseIsTracedFromTheClientsRequestToItsClosing() throws Exception {
        String reference = audit.read(audit.post(null, "/api/assistance-requests", json.writeValueAsString(Map.of(
                "name", "Luka Pesnik", "email", TestData.email("revizija"), "topic", "TAXES",
                "message", "Kako plačam akontacijo?", "language", "sl", "consent", true)))).get("reference").asText();
        audit.complete("staff", audit.task("staff", reference), """
                {"triageDecision": {"value": "ASSIGN"}, "topic": {"value": "TAXES"}, "priority": {"value": "HIGH"},
                 "counsellor": {"value": "counsellor2"}}""");
        audit.complete("counsellor2", audit.task("counsellor2", reference), """
                {"answer": {"value": "Akontacijo plačate do 10. v mesecu."}, "nextState": {"value": "RESOLVED"}}""");

        assertThat(audit.about(SubjectType.CASE, reference)).extracting(Entry::line).containsExactly(
                "client opened (topic TAXES)",
                "staff assigned (to counsellor2, topic TAXES, priority HIGH)",
                "counsellor2 answered",
                "counsellor2 closed (RESOLVED)");
    }

    @Test
    void identityChangesInTheEngineRestApiAreTracedAndAFailedOneLeavesNothing() throws Exception {
        String id = "audit" + UUID.randomUUID().toString().substring(0, 8);
        String user = "{\"profile\": {\"id\": \"" + id + "\", \"firstName\": \"Revizor\", \"lastName\": \"Test\","
                + " \"email\": \"" + id + "@example.si\"}, \"credentials\": {\"password\": \"Dolgo-geslo-2026\"}}";
        assertThat(audit.post("staff", "/engine-rest/user/create", user).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(audit.post("admin", "/engine-rest/user/create", user).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(audit.post("admin", "/engine-rest/user/create", user).getStatusCode())
                .as("the same user twice").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("admin", "demo").exchange("/engine-rest/group/staff/members/" + id,
                HttpMethod.PUT, null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(audit.post("admin", "/engine-rest/authorization/create", "{\"type\": 1, \"permissions\": [\"READ\"],"
                + " \"userId\": \"" + id + "\", \"resourceType\": 5, \"resourceId\": \"*\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("admin", "demo").exchange("/engine-rest/user/" + id, HttpMethod.DELETE, null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(audit.about(SubjectType.USER, id)).extracting(Entry::line).containsExactly("admin user-created", "admin user-deleted");
        assertThat(audit.about(SubjectType.GROUP_MEMBERSHIP, id)).extracting(Entry::line)
                .startsWith("admin group-membership-created (group staff)");
        assertThat(audit.about(SubjectType.AUTHORIZATION, id)).extracting(Entry::action).startsWith("authorization-created");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where detail like ?", Integer.class, "%" + id + "@%"))
                .as("no email address").isZero();
    }

    @Test
    void anEntryIsWrittenOnlyWhenItsChangeCommits() {
        String committed = "AUDIT-" + UUID.randomUUID();
        String rolledBack = "AUDIT-" + UUID.randomUUID();
        transactions.executeWithoutResult(tx -> events.publishEvent(Audited.of(SubjectType.CASE, committed, "closed", null)));
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(Audited.of(SubjectType.CASE, rolledBack, "closed", null));
            tx.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject = ?", Integer.class, committed)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject = ?", Integer.class, rolledBack)).isZero();
    }

    private String apply() throws Exception {
        return audit.read(audit.post(null, "/api/membership-applications", """
                {"type":"ORGANISATION","name":"Glasbeni zavod Revizija","email":"%s","phone":"+386 40 123 456",
                 "address":"Metelkova 6, 1000 Ljubljana","registrationNumber":"%s","taxNumber":"%s",
                 "field":"MUSIC","motivation":"Organiziramo koncerte.","language":"sl","consent":true}"""
                .formatted(TestData.email("revizija"), TestData.registrationNumber(), TestData.taxNumber())))
                .get("reference").asText();
    }

    /** Board members 1 to 7 vote {@code choice} in their tasks; answers the resolution's number. */
    private String boardVotes(String reference, String choice) throws Exception {
        for (int i = 1; i <= 7; i++) {
            String member = String.format("board%02d", i);
            audit.complete(member, audit.task(member, reference), "{\"vote\": {\"value\": \"" + choice + "\"}}");
        }
        return jdbc.queryForObject("select subject from audit_entry where subject_type = 'BOARD_VOTE' and action = 'opened'"
                + " and detail = ?", String.class, "about " + reference);
    }

    private String memberOf(String reference) {
        return jdbc.queryForObject("select membership_number from registered_member where application_reference = ?",
                String.class, reference);
    }
}
