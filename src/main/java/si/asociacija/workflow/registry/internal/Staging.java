package si.asociacija.workflow.registry.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

import si.asociacija.workflow.registry.internal.file.RegisterRow;

/**
 * The records of an import in progress, written to the staging table in batches as they are read (so a
 * file is never held in memory), each with its place in the file and a fingerprint of its values.
 */
class Staging implements AutoCloseable {

    static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final RegisterTable table;
    private final long importId;
    private final String insert;
    private final List<Object[]> batch = new ArrayList<>(BATCH);
    private long written;

    Staging(JdbcTemplate jdbc, RegisterTable table, long importId) {
        this.jdbc = jdbc;
        this.table = table;
        this.importId = importId;
        this.insert = "insert into " + table.staging() + " (import_id, seq, record_key, fingerprint, "
                + table.columnList("") + ") values (?, ?, ?, ?" + ", ?".repeat(table.columns().size()) + ")";
    }

    void add(RegisterRow row) {
        Object[] values = table.values(row);
        Object[] parameters = new Object[4 + values.length];
        parameters[0] = importId;
        parameters[1] = written() + 1;
        parameters[2] = row.key();
        parameters[3] = fingerprint(values);
        System.arraycopy(values, 0, parameters, 4, values.length);
        batch.add(parameters);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    long written() {
        return written + batch.size();
    }

    /** Writes what is left of the last batch. */
    @Override
    public void close() {
        flush();
    }

    /** Removes every staged record of the import (after it failed, or once swapped in). */
    static void discard(JdbcTemplate jdbc, RegisterTable table, long importId) {
        jdbc.update("delete from " + table.staging() + " where import_id = ?", importId);
    }

    static String fingerprint(Object[] values) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\u001f", Arrays.stream(values).map(v -> Objects.toString(v, "\u0000")).toList())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void flush() {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(insert, batch);
            written += batch.size();
            batch.clear();
        }
    }
}
