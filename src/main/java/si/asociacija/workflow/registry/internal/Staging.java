package si.asociacija.workflow.registry.internal;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;

import si.asociacija.workflow.registry.internal.file.RegisterRow;

/**
 * The records of an import in progress, written to the staging table in batches as they are read (so a
 * file is never held in memory), each with its place in the file and a fingerprint of its values. A
 * batch is written on a thread of its own while the next one is read; an insert writes
 * {@link #ROWS_PER_INSERT} records, every value sent with its column's type (a null too), so that the
 * database prepares the statement once.
 */
class Staging implements AutoCloseable {

    static final int BATCH = 1000;
    static final int ROWS_PER_INSERT = 100;

    private final JdbcTemplate jdbc;
    private final RegisterTable table;
    private final long importId;
    private final String insertOne;
    private final String insertMany;
    private final int[] typesOne;
    private final int[] typesMany;
    private final Fingerprint fingerprint = new Fingerprint();
    private final List<Object[]> batch = new ArrayList<>(BATCH);
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> new Thread(task, "registry-staging"));
    private Future<?> writing = CompletableFuture.completedFuture(null);
    private long written;

    Staging(JdbcTemplate jdbc, RegisterTable table, long importId) {
        this.jdbc = jdbc;
        this.table = table;
        this.importId = importId;
        String insert = "insert into " + table.staging() + " (import_id, seq, record_key, fingerprint, " + table.columnList("")
                + ") values ";
        String row = "(?, ?, ?, ?" + ", ?".repeat(table.columns().size()) + ")";
        this.insertOne = insert + row;
        this.insertMany = insert + String.join(", ", Collections.nCopies(ROWS_PER_INSERT, row));
        this.typesOne = IntStream.concat(IntStream.of(Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR),
                IntStream.of(table.types())).toArray();
        this.typesMany = IntStream.range(0, ROWS_PER_INSERT).flatMap(i -> IntStream.of(typesOne)).toArray();
    }

    void add(RegisterRow row) {
        Object[] values = table.values(row);
        Object[] parameters = new Object[4 + values.length];
        parameters[0] = importId;
        parameters[1] = written() + 1;
        parameters[2] = row.key();
        parameters[3] = fingerprint.of(values);
        System.arraycopy(values, 0, parameters, 4, values.length);
        batch.add(parameters);
        if (batch.size() == BATCH) {
            handOver();
        }
    }

    long written() {
        return written + batch.size();
    }

    /** Writes what is left of the last batch and waits until every batch is written. */
    @Override
    public void close() {
        try {
            handOver();
            awaitWriting();
        } finally {
            writer.shutdown();
        }
    }

    /** Removes every staged record of the import (after it failed, or once swapped in). */
    static void discard(JdbcTemplate jdbc, RegisterTable table, long importId) {
        jdbc.update("delete from " + table.staging() + " where import_id = ?", importId);
    }

    /** Hands the batch to the writer, once it has written the previous one (two batches in memory at most). */
    private void handOver() {
        if (batch.isEmpty()) {
            return;
        }
        List<Object[]> rows = List.copyOf(batch);
        written += rows.size();
        batch.clear();
        awaitWriting();
        writing = writer.submit(() -> write(rows));
    }

    private void awaitWriting() {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while staging", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    private void write(List<Object[]> rows) {
        int whole = rows.size() - rows.size() % ROWS_PER_INSERT;
        List<Object[]> statements = new ArrayList<>();
        for (int i = 0; i < whole; i += ROWS_PER_INSERT) {
            statements.add(rows.subList(i, i + ROWS_PER_INSERT).stream().flatMap(Arrays::stream).toArray());
        }
        jdbc.batchUpdate(insertMany, statements, typesMany);
        jdbc.batchUpdate(insertOne, rows.subList(whole, rows.size()), typesOne);
    }
}
