package si.asociacija.workflow.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static si.asociacija.workflow.assembly.AssemblySession.ok;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;

/**
 * A secret ballot cannot be tied to its voter: not through the schema (the counters and receipts name no
 * voter, carry no time and no order), not through the votes table (no choice), not through the engine
 * (no choice or receipt in any variable or in history), and every counter is rewritten when voting closes.
 */
class AssemblySecretBallotTest extends AssemblyTestBase {

    @Test
    void aSecretBallotLeavesNothingThatTiesTheChoiceToTheVoter() throws Exception {
        AssemblySession s = session().members(4, "tajno")
                .convene(true, "{\"title\": \"Razrešitev\", \"kind\": \"RESOLUTION\", \"ballot\": \"SECRET\"}");
        s.timerFires();
        for (int i = 0; i < 4; i++) {
            ok(s.checkIn(i));
        }
        ok(s.open());
        ok(s.openItem(1));
        List<String> receipts = new ArrayList<>();
        String[] choices = {"FOR", "AGAINST", "FOR", "ABSTAIN"};
        for (int i = 0; i < 4; i++) {
            receipts.add(json.readTree(s.vote(i, 1, "{\"choice\": \"" + choices[i] + "\"}").getBody()).get("receipt").asText());
        }
        ok(s.closeItem(1));
        Long itemId = jdbc.queryForObject("select i.id from assembly_item i join assembly a on a.id = i.assembly_id"
                + " where a.reference = ? and i.item_number = 1", Long.class, s.reference);

        // the schema: the ballot counters and receipts have no voter, no time, no sequence
        for (String table : List.of("assembly_tally", "assembly_receipt")) {
            List<String> columns = jdbc.queryForList("select lower(column_name) from information_schema.columns"
                    + " where lower(table_name) = ?", String.class, table);
            assertThat(columns).as(table).isNotEmpty().noneMatch(c -> c.contains("member") || c.contains("voter")
                    || c.contains("convocation") || c.contains("vote_id") || c.contains("token") || c.contains("_at")
                    || c.contains("time") || c.contains("date") || c.equals("id"));
        }
        // the votes: who voted, never how
        assertThat(jdbc.queryForObject("select count(*) from assembly_vote where item_id = ?", Integer.class, itemId)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from assembly_vote where item_id = ? and choice is not null",
                Integer.class, itemId)).isZero();
        // the counters: totals only
        assertThat(jdbc.queryForList("select choice, votes from assembly_tally where item_id = ? order by choice", itemId))
                .extracting(r -> r.get(key(r, "choice")) + "=" + r.get(key(r, "votes")))
                .containsExactly("ABSTAIN=1", "AGAINST=1", "FOR=2");
        // the receipts: hashes, not the codes; each counted
        for (String receipt : receipts) {
            assertThat(jdbc.queryForObject("select count(*) from assembly_receipt where receipt_hash = ?", Integer.class, receipt)).isZero();
            assertThat(http.getForObject("/assembly/" + s.token(0) + "/items/1/receipts/" + receipt, String.class))
                    .contains("\"counted\":true");
        }
        if (isPostgres()) {
            assertThat(jdbc.queryForObject("select count(distinct xmin::text) from assembly_tally where item_id = ?", Integer.class, itemId))
                    .as("every counter last written by the closing, not by a voter").isEqualTo(1);
        }

        // the engine: no choice or receipt in a variable, a task variable or the history
        String processInstanceId = s.process().getId();
        List<String> values = new ArrayList<>();
        processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .disableCustomObjectDeserialization().list().stream().map(HistoricVariableInstance::getValue)
                .forEach(v -> values.add(String.valueOf(v)));
        processEngine.getHistoryService().createHistoricDetailQuery().processInstanceId(processInstanceId)
                .disableCustomObjectDeserialization().list().stream().map(HistoricDetail::toString).forEach(values::add);
        processEngine.getRuntimeService().getVariables(processInstanceId).values().forEach(v -> values.add(String.valueOf(v)));
        assertThat(values).isNotEmpty();
        for (String value : values) {
            for (String receipt : receipts) {
                assertThat(value).doesNotContain(receipt);
            }
            assertThat(value.toUpperCase(Locale.ROOT)).doesNotContain("AGAINST").doesNotContain("ABSTAIN");
        }
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .list()).extracting(HistoricVariableInstance::getName)
                .noneMatch(n -> n.toLowerCase(Locale.ROOT).contains("choice") || n.toLowerCase(Locale.ROOT).contains("receipt"));
    }

    private boolean isPostgres() {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c -> c.getMetaData().getDatabaseProductName()
                .toLowerCase(Locale.ROOT).contains("postgres")));
    }

    private static String key(Map<String, Object> row, String name) {
        return row.keySet().stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(name);
    }
}
