package si.asociacija.workflow.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a staged import in place of the register's records, in one transaction: a record keyed twice in
 * the file is refused (its first line kept); each change or removal is recorded with the record before
 * and after, then the records so recorded are removed and the new and changed ones added. A file
 * that would remove more than the allowed share of the records is refused as incomplete.
 */
@Component
class RegisterSwap {

    record Counts(long duplicates, long added, long changed, long gone) {
    }

    private final JdbcTemplate jdbc;
    private final RegistrySettings settings;

    RegisterSwap(JdbcTemplate jdbc, RegistrySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Swaps in the {@code staged} records of the import. */
    @Transactional
    Counts swap(RegisterTable table, long importId, long staged) {
        String t = table.table();
        String s = table.staging();
        long duplicates = removeDuplicates(table, importId);
        long held = count("select count(*) from " + t + " t where " + table.scope());
        long gone = count("select count(*) from " + t + " t where " + table.scope() + " and not exists (select 1 from "
                + s + " s where s.import_id = ? and s.record_key = t.record_key)", importId);
        if (held > 0 && gone > held * settings.maxGoneShare()) {
            throw new IncompleteRegisterFile(gone, held);
        }
        long changed = recordChanges(table, importId);
        recordGone(table, importId);
        jdbc.update("delete from " + t + " t where " + table.scope() + " and t.record_key in (select c.record_key from "
                + "registry_change c where c.import_id = ? and c.source = ?)", importId, table.source().name());
        jdbc.update("insert into " + t + " (record_key, fingerprint, import_id, " + table.columnList("") + ") select s.record_key, "
                + "s.fingerprint, s.import_id, " + table.columnList("s") + " from " + s + " s where s.import_id = ? and not exists "
                + "(select 1 from " + t + " t where " + table.scope() + " and t.record_key = s.record_key)", importId);
        Staging.discard(jdbc, table, importId);
        return new Counts(duplicates, staged - duplicates - (held - gone), changed, gone);
    }

    /** Removes the later records of a key staged more than once (looked for first: a register file seldom has any). */
    private long removeDuplicates(RegisterTable table, long importId) {
        String s = table.staging();
        if (count("select count(*) from (select s.record_key from " + s + " s where s.import_id = ? group by s.record_key "
                + "having count(*) > 1) d", importId) == 0) {
            return 0;
        }
        return jdbc.update("delete from " + s + " s where s.import_id = ? and exists (select 1 from " + s + " d where "
                + "d.import_id = s.import_id and d.record_key = s.record_key and d.seq < s.seq)", importId);
    }

    private long recordChanges(RegisterTable table, long importId) {
        List<Object[]> changes = new ArrayList<>();
        int width = table.columns().size();
        jdbc.query("select t.record_key, " + table.columnList("t") + ", " + table.columnList("s") + " from " + table.table()
                + " t join " + table.staging() + " s on s.record_key = t.record_key where s.import_id = ? and " + table.scope()
                + " and s.fingerprint <> t.fingerprint", rs -> {
                    Object[] before = values(rs, 2, width);
                    Object[] after = values(rs, 2 + width, width);
                    List<String> fields = new ArrayList<>();
                    for (int i = 0; i < width; i++) {
                        if (!Objects.equals(before[i], after[i])) {
                            fields.add(table.columns().get(i));
                        }
                    }
                    changes.add(change(table, importId, rs.getString(1), "CHANGED", before, after, String.join(", ", fields)));
                    if (changes.size() == Staging.BATCH) {
                        insertChanges(changes);
                    }
                }, importId);
        insertChanges(changes);
        return count("select count(*) from registry_change where import_id = ? and source = ? and kind = 'CHANGED'",
                importId, table.source().name());
    }

    private void recordGone(RegisterTable table, long importId) {
        List<Object[]> changes = new ArrayList<>();
        int width = table.columns().size();
        jdbc.query("select t.record_key, " + table.columnList("t") + " from " + table.table() + " t where " + table.scope()
                + " and not exists (select 1 from " + table.staging() + " s where s.import_id = ? and s.record_key = t.record_key)",
                rs -> {
                    changes.add(change(table, importId, rs.getString(1), "GONE", values(rs, 2, width), null, null));
                    if (changes.size() == Staging.BATCH) {
                        insertChanges(changes);
                    }
                }, importId);
        insertChanges(changes);
    }

    private Object[] change(RegisterTable table, long importId, String key, String kind, Object[] before, Object[] after,
            String fields) {
        RegisterRecord record = RegisterRecord.of(table, before);
        return new Object[] {importId, table.source().name(), key, kind, record.registrationNumber(), record.taxNumber(),
            fields, record.text(), after == null ? null : RegisterRecord.of(table, after).text()};
    }

    private void insertChanges(List<Object[]> changes) {
        if (!changes.isEmpty()) {
            jdbc.batchUpdate("insert into registry_change (import_id, source, record_key, kind, registration_number, tax_number, "
                    + "changed_fields, before_text, after_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", changes);
            changes.clear();
        }
    }

    private static Object[] values(ResultSet rs, int first, int width) throws SQLException {
        Object[] values = new Object[width];
        for (int i = 0; i < width; i++) {
            values[i] = rs.getObject(first + i);
        }
        return values;
    }

    private long count(String sql, Object... parameters) {
        Long count = jdbc.queryForObject(sql, Long.class, parameters);
        return count == null ? 0 : count;
    }
}
