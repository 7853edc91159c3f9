package si.asociacija.workflow.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static si.asociacija.workflow.fuzz.Logins.STAFF;
import static si.asociacija.workflow.fuzz.Text.show;
import static si.asociacija.workflow.fuzz.Text.utf8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.fuzz.FuzzHttp.Answer;
import si.asociacija.workflow.fuzz.RealCases.Target;

/**
 * A general assembly for the fuzz requests to aim at, run with the valid requests staff and members make
 * (as {@code assembly.AssemblySession} does): members imported and the only ones with voting rights,
 * convened, started, checked in, opened, voted item by item. Each valid request must succeed.
 */
final class FuzzAssembly {

    static final String INFORMATION = "{\"title\": \"Poročilo predsednika\", \"kind\": \"INFORMATION\"}";
    static final String NAMED = "{\"title\": \"Sprejem letnega poročila\", \"kind\": \"RESOLUTION\", \"ballot\": \"NAMED\"}";
    static final String SECRET = "{\"title\": \"Razrešitev člana odbora\", \"kind\": \"RESOLUTION\", \"ballot\": \"SECRET\"}";
    static final String ELECTION = "{\"title\": \"Volitve v upravni odbor\", \"kind\": \"ELECTION\", \"seats\": 2,"
            + " \"candidates\": [\"Ana\", \"Bor\", \"Cene\"]}";
    static final String WORKING_BODIES = "{\"chair\": \"Ana Novak\", \"recorder\": \"Bor Kralj\","
            + " \"verifiers\": [\"Cvetka Zupan\", \"Darja Horvat\"]}";

    private static final String HEADER = "type,name,email,registrationNumber,taxNumber,field,joinDate,language,representative\n";

    private final FuzzHttp http;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ProcessEngine engine;
    final List<String> numbers = new ArrayList<>();
    String reference;

    FuzzAssembly(FuzzHttp http, JdbcTemplate jdbc, ObjectMapper json, ProcessEngine engine) {
        this.http = http;
        this.jdbc = jdbc;
        this.json = json;
        this.engine = engine;
    }

    /** Imports {@code count} members and ends every other active member, so these alone are convened. */
    FuzzAssembly members(int count) {
        StringBuilder rows = new StringBuilder(HEADER);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = TestData.email("fuzz-skupscina-" + i);
            emails.add(email);
            rows.append("INDIVIDUAL,Fuzz Član ").append(i).append(',').append(email).append(",,,MUSIC,2020-01-01,sl,\n");
        }
        ok(http.post("/api/members/import", "text/csv; charset=UTF-8", utf8(rows.toString()), STAFF));
        for (String email : emails) {
            numbers.add(jdbc.queryForObject("select membership_number from registered_member where email = ?", String.class, email));
        }
        jdbc.update("update registered_member set status = 'ENDED', ended_on = current_date where status = 'ACTIVE'"
                + " and membership_number not in (" + String.join(",", numbers.stream().map(n -> "'" + n + "'").toList()) + ")");
        return this;
    }

    /** A convening body: an assembly 15 days ahead with these agenda items (JSON objects). */
    static String conveningBody(String... items) {
        return withItems("[" + String.join(",", items) + "]");
    }

    /** A convening body: an assembly 15 days ahead with this raw JSON as its items. */
    static String withItems(String items) {
        return "{\"title\": \"Redna skupščina\", \"startsAt\": \"" + startsAt() + "\", \"place\": \"Metelkova 6\","
                + " \"remoteVoting\": true, \"items\": " + items + "}";
    }

    /** 15 days ahead, beyond the notice period, in Ljubljana time to the minute. */
    static LocalDateTime startsAt() {
        return LocalDateTime.now(ZoneId.of("Europe/Ljubljana")).plusDays(15).truncatedTo(ChronoUnit.MINUTES);
    }

    FuzzAssembly convene(String... items) {
        Answer created = http.post("/api/assemblies", "application/json", utf8(conveningBody(items)), STAFF);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        reference = read(created.body()).get("reference").asText();
        return this;
    }

    /** The time comes: the timer waiting for the start is run. */
    void starts() {
        String process = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("general-assembly").singleResult().getId();
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(process).timers().singleResult();
        assertThat(timer).as("a timer waits").isNotNull();
        engine.getManagementService().executeJob(timer.getId());
    }

    String token(int member) {
        return jdbc.queryForObject("select c.token from assembly_convocation c join assembly a on a.id = c.assembly_id"
                + " where a.reference = ? and c.membership_number = ?", String.class, reference, numbers.get(member));
    }

    /** A real link, for the bogus tokens made from it. */
    Target link(int member, String what) {
        return new Target("real token: " + what, token(member), 0);
    }

    Answer checkIn(int member) {
        return http.postEmpty("/assembly/" + token(member) + "/check-in", null);
    }

    Answer proxy(int giver, int holder) {
        return http.post("/assembly/" + token(giver) + "/proxy", "{\"holder\": \"" + numbers.get(holder) + "\"}");
    }

    Answer vote(int member, int item, String body) {
        return http.post("/assembly/" + token(member) + "/items/" + item + "/vote", body);
    }

    /** As staff, a JSON body to {@code /api/assemblies/<reference><path>}. */
    Answer staff(String path, String body) {
        return http.post("/api/assemblies/" + reference + path, "application/json", utf8(body), STAFF);
    }

    Answer attend(int member) {
        return staff("/attendance", "{\"member\": \"" + numbers.get(member) + "\", \"mode\": \"IN_PERSON\"}");
    }

    JsonNode live() {
        Answer view = http.get("/api/assemblies/" + reference, "application/json", STAFF);
        ok(view);
        return read(view.body());
    }

    /**
     * All that requests could change: the live view (state, attendance, items, results, named votes), each
     * member's attendance and proxy, who voted on what, the secret ballot counters and receipts.
     */
    String state() {
        return live() + "\nconvocations " + jdbc.queryForList("select c.membership_number, c.attendance, c.proxy_holder"
                + " from assembly_convocation c join assembly a on a.id = c.assembly_id where a.reference = ?"
                + " order by c.membership_number", reference)
                + "\nvotes " + jdbc.queryForList("select i.item_number, v.membership_number, v.choice, v.cast_by, v.on_paper"
                + " from assembly_vote v join assembly_item i on i.id = v.item_id join assembly a on a.id = i.assembly_id"
                + " where a.reference = ? order by i.item_number, v.membership_number", reference)
                + "\ncounters " + jdbc.queryForList("select i.item_number, t.choice, t.votes from assembly_tally t"
                + " join assembly_item i on i.id = t.item_id join assembly a on a.id = i.assembly_id where a.reference = ?"
                + " order by i.item_number, t.choice", reference)
                + "\nreceipts " + jdbc.queryForList("select i.item_number, count(*) from assembly_receipt r"
                + " join assembly_item i on i.id = r.item_id join assembly a on a.id = i.assembly_id where a.reference = ?"
                + " group by i.item_number order by i.item_number", reference);
    }

    /** Fails the endpoint's run when the assembly is not as it was before its requests. */
    void unchanged(Endpoint e, String before) {
        String now = state();
        if (!now.equals(before)) {
            e.fail("(after all requests)", "the assembly changed: before " + show(before, 4000) + ", after " + show(now, 4000));
        }
    }

    JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static Answer ok(Answer answer) {
        assertThat(answer.status()).as("%s %s", answer.body(), answer.exception() == null ? "" : answer.exception()).isEqualTo(200);
        return answer;
    }
}
