package si.asociacija.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.registry.RegisterImported;
import si.asociacija.workflow.registry.internal.file.OrganisationRow;
import si.asociacija.workflow.registry.internal.file.RegisterFileGenerator;
import si.asociacija.workflow.registry.internal.file.RegisterLines;

/**
 * Members re-checked after each import of the business register: a member's changed record and another
 * member's gone record open one staff task each, once, however often the import's event is handled.
 */
class MemberRegisterChangeTest extends WorkflowTest {

    /** The units every PRS file of the tests holds, so that no test's file removes most of another's. */
    private static final int SAMPLE_UNITS = 30;
    private static final String PROCESS_KEY = "member-register-change";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aMembersChangedAndAnotherMembersGoneRecordOpenOneTaskEachOnce() throws IOException {
        OrganisationRow staying = unit(TestData.registrationNumber(), "Zavod Premik");
        OrganisationRow struckOff = unit(TestData.registrationNumber(), "Društvo Izbris");
        String stayingMember = member(staying);
        String struckOffMember = member(struckOff);
        importPrs(staying, struckOff);
        assertThat(tasks(stayingMember)).isEmpty();

        OrganisationRow renamed = new OrganisationRow(staying.registrationNumber(), "Zavod Premik, v likvidaciji",
                staying.legalForm(), staying.authority(), "Čopova ulica", staying.houseNumber(), null, staying.settlement(),
                staying.postCode(), staying.postOffice(), staying.country());
        JsonNode imported = importPrs(renamed);
        long importId = imported.get("id").asLong();
        long changed = changeOf(importId, staying);
        long gone = changeOf(importId, struckOff);

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> tasks(stayingMember).size() == 1 && tasks(struckOffMember).size() == 1);
        assertThat(taskOf(changed, stayingMember)).containsEntry("changeSummary",
                "Zapis spremenjen / Record changed: name, street").extractingByKey("recordAfter").asString()
                .contains("Zavod Premik, v likvidaciji");
        assertThat(taskOf(gone, struckOffMember)).containsEntry("changeSummary",
                "Zapisa ni več v registru / Record no longer in the register");

        transaction.executeWithoutResult(status -> events.publishEvent(new RegisterImported(importId, "PRS",
                imported.get("changed").asLong(), imported.get("gone").asLong())));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> publicationsOf(importId) == 0);
        assertThat(tasks(stayingMember)).hasSize(1);
        assertThat(tasks(struckOffMember)).hasSize(1);
        assertThat(status(struckOffMember)).as("a member struck off is not ended by the register").isEqualTo("ACTIVE");
    }

    private static OrganisationRow unit(String registrationNumber, String name) {
        return new OrganisationRow(registrationNumber, name, "Zavod", "AJPES, izpostava Ljubljana", "Trubarjeva cesta", "5",
                null, "Ljubljana", "1000", "Ljubljana", "SLOVENIJA");
    }

    /** An organisation member with the unit's registration number, through the import of the earlier register. */
    private String member(OrganisationRow unit) {
        String email = TestData.email("registrski");
        String csv = "type,name,email,registrationNumber,taxNumber,field,joinDate,language,representative\n"
                + "ORGANISATION,\"" + unit.name() + "\"," + email + "," + unit.registrationNumber() + "," + TestData.taxNumber()
                + ",PERFORMING_ARTS,2019-05-14,sl,Ana Novak\n";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        assertThat(staff().postForEntity("/api/members/import", new HttpEntity<>(csv, headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        for (JsonNode member : staff().getForEntity("/api/members?type=ORGANISATION", JsonNode.class).getBody()) {
            if (member.get("email").asText().equals(email)) {
                return member.get("membershipNumber").asText();
            }
        }
        throw new AssertionError("no member " + email);
    }

    /** A PRS file (opsiprs.csv, UTF-16LE) of the sample units and these. */
    private JsonNode importPrs(OrganisationRow... units) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (InputStream samples = new RegisterFileGenerator(SAMPLE_UNITS).prsCsv()) {
            samples.transferTo(file);
        }
        for (OrganisationRow unit : units) {
            file.write(RegisterLines.csv(unit).getBytes(StandardCharsets.UTF_16LE));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        ResponseEntity<JsonNode> answer = staff().postForEntity("/api/registry/imports/PRS?fileName=opsiprs.csv",
                new HttpEntity<>(file.toByteArray(), headers), JsonNode.class);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.CREATED);
        return answer.getBody();
    }

    private List<Task> tasks(String membershipNumber) {
        return taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKeyLike("RC-%-" + membershipNumber).list();
    }

    /** What the form of the one task of this change and member shows. */
    private Map<String, Object> taskOf(long changeId, String membershipNumber) {
        Task task = taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey("RC-" + changeId + "-" + membershipNumber).singleResult();
        assertThat(task.getName()).contains(membershipNumber);
        return taskService.getVariablesLocal(task.getId());
    }

    /** The import's one change of the unit. */
    private long changeOf(long importId, OrganisationRow unit) {
        List<Long> ids = jdbc.queryForList("select id from registry_change where import_id = ? and registration_number = ?",
                Long.class, importId, unit.registrationNumber());
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    /** The import's event, until every listener has handled it. */
    private long publicationsOf(long importId) {
        String id = "%\"importId\":" + importId;
        return jdbc.queryForObject("select count(*) from event_publication where event_type like ? "
                + "and (serialized_event like ? or serialized_event like ?)", Long.class, "%RegisterImported", id + ",%", id + "}%");
    }

    private String status(String membershipNumber) {
        for (JsonNode member : staff().getForEntity("/api/members", JsonNode.class).getBody()) {
            if (member.get("membershipNumber").asText().equals(membershipNumber)) {
                return member.get("status").asText();
            }
        }
        throw new AssertionError("no member " + membershipNumber);
    }

    private TestRestTemplate staff() {
        return http.withBasicAuth("staff", "demo");
    }
}
