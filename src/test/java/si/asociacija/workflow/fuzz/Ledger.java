package si.asociacija.workflow.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static si.asociacija.workflow.fuzz.Text.show;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bookkeeping of one fuzz class: each endpoint's run from a snapshot of the database to the check
 * that nothing was stored (no new row in the product's tables, no new process instance, no queued
 * mail, no change to the cases behind the real private links), its {@code FUZZ} lines, and the class's
 * total.
 */
final class Ledger {

    /** The seed of every endpoint's random ({@code -Dfuzz.seed=...} tries another). */
    static final long SEED = Long.getLong("fuzz.seed", 20260301L);

    /** How many bad requests each public endpoint's run tries at least, and how many generated ones at least. */
    static final int PUBLIC_MINIMUM = 1000;

    /** The product's tables with an id, and the columns that tell what a new row is. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("membership_application", "reference, name, email, phone, registration_number, consent_at");
        TABLES.put("membership_application_event", "application_id, status, public_note");
        TABLES.put("registered_member", "membership_number, name");
        TABLES.put("board_resolution", "number, title");
        TABLES.put("board_vote", "resolution_id, voter");
        TABLES.put("assistance_case", "reference, name, email, topic");
        TABLES.put("case_message", "case_id, kind, body");
        TABLES.put("case_attachment", "case_message_id, filename");
        TABLES.put("attachment_content", "id");
        TABLES.put("assembly", "reference, title, starts_at");
        TABLES.put("assembly_item", "assembly_id, item_number, kind, title");
        TABLES.put("assembly_convocation", "assembly_id, membership_number");
        TABLES.put("assembly_vote", "item_id, membership_number, choice, cast_by");
        TABLES.put("mail_outbox", "reference, template, recipient");
    }

    /** What to show of a row stored by an accepted bad request: the fields the requests fuzz. */
    private static final Map<String, String> STORED_COLUMNS = Map.of(
            "membership_application", "reference, applicant_type, name, email, phone, address, registration_number, tax_number,"
                    + " field, language, motivation",
            "membership_application_event", "status, public_note",
            "assistance_case", "reference, name, email, topic, language, rating",
            "case_message", "case_id, kind, body");

    /** What is stored, at an endpoint's start. */
    record Snapshot(Map<String, Long> maxIds, long inbound, long running, long historic, String cases) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final ManagementService management;
    private final RealCases cases;
    private int tried;
    private int clientErrors;
    private int serverErrors;
    private int failures;

    Ledger(JdbcTemplate jdbc, ObjectMapper json, RuntimeService runtime, HistoryService history, ManagementService management,
           RealCases cases) {
        this.jdbc = jdbc;
        this.json = json;
        this.runtime = runtime;
        this.history = history;
        this.management = management;
        this.cases = cases;
    }

    /** An endpoint's run: its random from the seed and the endpoint's number, and what is stored before. */
    Endpoint begin(String name, int index) {
        awaitQuiet();
        return new Endpoint(this, name, new Random(SEED * 31 + index), snapshot());
    }

    /** A public endpoint's run: as {@link #begin}, and {@link #finish} checks it tried {@link #PUBLIC_MINIMUM} generated requests. */
    Endpoint beginPublic(String name, int index) {
        Endpoint e = begin(name, index);
        e.minimum = PUBLIC_MINIMUM;
        return e;
    }

    /** Prints the endpoint's counts and failures (with anything stored since it began), and asserts there were none. */
    void finish(Endpoint e) {
        awaitQuiet();
        for (String s : stored(e.before)) {
            e.failures.add("(after all requests) | " + s);
        }
        System.out.println("FUZZ: " + e.name + " tried=" + e.tried + " 4xx=" + e.clientErrors + " 5xx=" + e.serverErrors
                + (e.generated > 0 ? " generated=" + e.generated : ""));
        if (e.tried < e.minimum || e.generated < e.minimum) {
            e.failures.add("(the run) | tried " + e.tried + " requests, " + e.generated + " of them generated: fewer than "
                    + e.minimum);
        }
        for (String failure : e.failures) {
            System.out.println("FUZZ FAIL: " + e.name + " | " + failure);
        }
        tried += e.tried;
        clientErrors += e.clientErrors;
        serverErrors += e.serverErrors;
        failures += e.failures.size();
        assertThat(e.failures).as("%s: %d of %d bad requests not refused cleanly, or something stored:%n%s", e.name,
                e.failures.size(), e.tried, e.failures.stream().limit(60).collect(Collectors.joining("\n"))
                        + (e.failures.size() > 60 ? "\n... and " + (e.failures.size() - 60) + " more (see FUZZ FAIL lines)" : ""))
                .isEmpty();
    }

    /** The class's total over its endpoints. */
    void printTotal(String fuzzClass) {
        System.out.println("FUZZ TOTAL (" + fuzzClass + "): tried=" + tried + " 4xx=" + clientErrors + " 5xx=" + serverErrors);
        System.out.println("FUZZ TOTAL FAILURES (" + fuzzClass + "): " + failures);
    }

    /** The fields a problem+json answer names. */
    List<String> namedFields(String body) {
        try {
            JsonNode errors = json.readTree(body).get("errors");
            return errors == null ? List.of() : errors.findValuesAsText("field");
        } catch (IOException notJson) {
            return List.of();
        }
    }

    String casesState() {
        return cases.state(jdbc);
    }

    private Snapshot snapshot() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String table : TABLES.keySet()) {
            ids.put(table, jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class));
        }
        return new Snapshot(ids, jdbc.queryForObject("select count(*) from inbound_mail", Long.class),
                runtime.createProcessInstanceQuery().count(), history.createHistoricProcessInstanceQuery().count(), casesState());
    }

    private List<String> stored(Snapshot before) {
        List<String> found = new ArrayList<>();
        TABLES.forEach((table, columns) -> {
            List<Map<String, Object>> rows = jdbc.queryForList("select " + columns + " from " + table + " where id > ? order by id",
                    before.maxIds().get(table));
            if (!rows.isEmpty()) {
                found.add(rows.size() + " new row(s) in " + table + ": " + rows.stream().limit(8).map(Ledger::showRow)
                        .collect(Collectors.joining("; ")) + (rows.size() > 8 ? "; ..." : ""));
            }
        });
        long inbound = jdbc.queryForObject("select count(*) from inbound_mail", Long.class);
        if (inbound != before.inbound()) {
            found.add((inbound - before.inbound()) + " new row(s) in inbound_mail");
        }
        long running = runtime.createProcessInstanceQuery().count();
        if (running > before.running()) {
            found.add((running - before.running()) + " more running process instance(s)");
        }
        long historic = history.createHistoricProcessInstanceQuery().count();
        if (historic != before.historic()) {
            List<HistoricProcessInstance> started = history.createHistoricProcessInstanceQuery()
                    .orderByProcessInstanceStartTime().desc().listPage(0, (int) Math.min(8, historic - before.historic()));
            found.add((historic - before.historic()) + " new process instance(s): " + started.stream().limit(8)
                    .map(p -> p.getProcessDefinitionKey() + " " + p.getBusinessKey()).toList());
        }
        String casesNow = casesState();
        if (!casesNow.equals(before.cases())) {
            found.add("a case behind a real token changed: before [" + before.cases() + "], after [" + casesNow + "]");
        }
        return found;
    }

    /** The rows stored since last looked (at most 3 a table; the outbox by count), and looks no further back again. */
    String newRows(Map<String, Long> seen) {
        List<String> found = new ArrayList<>();
        TABLES.forEach((table, columns) -> {
            List<Map<String, Object>> rows = jdbc.queryForList("select id, " + STORED_COLUMNS.getOrDefault(table, columns)
                    + " from " + table + " where id > ? order by id", seen.get(table));
            if (!rows.isEmpty()) {
                seen.put(table, ((Number) rows.get(rows.size() - 1).get("ID")).longValue());
                rows.forEach(r -> r.remove("ID"));
                found.add(table.equals("mail_outbox") ? rows.size() + " mail(s) queued"
                        : table + " " + rows.stream().limit(3).map(Ledger::showRow).collect(Collectors.joining(" ")));
            }
        });
        return found.isEmpty() ? "nothing new" : String.join("; ", found);
    }

    private static String showRow(Map<String, Object> row) {
        return row.entrySet().stream().map(c -> c.getKey().toLowerCase(Locale.ROOT) + "=" + (c.getValue() == null ? "null"
                : show(String.valueOf(c.getValue())))).collect(Collectors.joining(", ", "{", "}"));
    }

    /** Waits (a little) until the job executors have nothing due, so rows of earlier work are not counted as ours. */
    void awaitQuiet() {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until && management.createJobQuery().executable().count() > 0) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
