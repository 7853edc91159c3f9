package si.asociacija.workflow.registry.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.registry.RegisterImported;
import si.asociacija.workflow.registry.internal.file.RegisterSource;

/**
 * The imports and their log: an import claims its register (one running import per register across
 * the nodes, held by a row renewed while it runs; a claim that lapsed is taken over), then ends
 * SUCCEEDED with its counts or FAILED with the reason.
 */
@Component
class ImportLog {

    /** A claim not renewed for this long belongs to a node that stopped. */
    static final Duration LAPSE = Duration.ofMinutes(1);

    private static final RowMapper<ImportRecord> RECORD = (rs, i) -> new ImportRecord(rs.getLong("id"),
            RegisterSource.valueOf(rs.getString("source")), rs.getString("file_name"), instant(rs.getTimestamp("started_at")),
            instant(rs.getTimestamp("finished_at")), rs.getLong("rows_read"), rs.getLong("rows_new"), rs.getLong("rows_changed"),
            rs.getLong("rows_gone"), rs.getLong("rows_rejected"), ImportRecord.Outcome.valueOf(rs.getString("outcome")),
            rs.getString("reason"));

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ImportLog(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A new running import of {@code source}; a {@link DuplicateKeyException} while another one runs. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    long start(RegisterSource source, String fileName) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var insert = c.prepareStatement("insert into registry_import (source, file_name, started_at, outcome) "
                    + "values (?, ?, ?, 'RUNNING')", new String[] {"id"});
            insert.setString(1, source.name());
            insert.setString(2, fileName.length() <= 300 ? fileName : fileName.substring(fileName.length() - 300));
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            return insert;
        }, key);
        long id = key.getKey().longValue();
        if (!tookOverStaleClaim(source, id)) {
            // a claim made meanwhile by another node breaks the primary key: this transaction is undone
            jdbc.update("insert into registry_import_running (source, import_id, renewed_at) values (?, ?, ?)", source.name(), id,
                    Timestamp.from(Instant.now()));
        }
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void succeeded(long id, RegisterSource source, long read, long rejected, RegisterSwap.Counts counts) {
        jdbc.update("update registry_import set finished_at = ?, rows_read = ?, rows_new = ?, rows_changed = ?, rows_gone = ?, "
                + "rows_rejected = ?, outcome = 'SUCCEEDED' where id = ?", Timestamp.from(Instant.now()), read, counts.added(),
                counts.changed(), counts.gone(), rejected + counts.duplicates(), id);
        release(source, id);
        events.publishEvent(new RegisterImported(id, source.name(), counts.changed(), counts.gone()));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(long id, RegisterSource source, long read, long rejected, String reason) {
        jdbc.update("update registry_import set finished_at = ?, rows_read = ?, rows_rejected = ?, outcome = 'FAILED', "
                + "reason = ? where id = ?", Timestamp.from(Instant.now()), read, rejected,
                reason.length() <= 2000 ? reason : reason.substring(0, 2000), id);
        release(source, id);
    }

    void rejected(long id, List<Object[]> lines) {
        jdbc.batchUpdate("insert into registry_import_rejection (import_id, line_number, reason) values (" + id + ", ?, ?)", lines);
    }

    List<ImportRecord> latest(int limit) {
        return jdbc.query("select * from registry_import order by started_at desc, id desc fetch first " + limit + " rows only",
                RECORD);
    }

    Optional<ImportRecord> find(long id) {
        return jdbc.query("select * from registry_import where id = ?", RECORD, id).stream().findFirst();
    }

    /** The latest import of each register that succeeded: the date of the data held. */
    Optional<Instant> dataDate(RegisterSource source) {
        return Optional.ofNullable(jdbc.queryForObject("select max(finished_at) from registry_import where source = ? "
                + "and outcome = 'SUCCEEDED'", Timestamp.class, source.name())).map(Timestamp::toInstant);
    }

    List<ImportRecord.Rejection> rejections(long id) {
        return jdbc.query("select line_number, reason from registry_import_rejection where import_id = ? order by id",
                (rs, i) -> new ImportRecord.Rejection(rs.getLong(1), rs.getString(2)), id);
    }

    /** Keeps the claim of a running import alive (see {@link #LAPSE}). */
    void renew(RegisterSource source, long id) {
        jdbc.update("update registry_import_running set renewed_at = ? where source = ? and import_id = ?",
                Timestamp.from(Instant.now()), source.name(), id);
    }

    private boolean tookOverStaleClaim(RegisterSource source, long id) {
        Timestamp lapsed = Timestamp.from(Instant.now().minus(LAPSE));
        List<Long> stale = jdbc.queryForList("select import_id from registry_import_running where source = ? and renewed_at < ?",
                Long.class, source.name(), lapsed);
        if (stale.isEmpty() || jdbc.update("update registry_import_running set import_id = ?, renewed_at = ? where source = ? "
                + "and import_id = ?", id, Timestamp.from(Instant.now()), source.name(), stale.get(0)) == 0) {
            return false;
        }
        jdbc.update("update registry_import set finished_at = ?, outcome = 'FAILED', reason = 'interrupted (its node stopped)' "
                + "where id = ?", Timestamp.from(Instant.now()), stale.get(0));
        Staging.discard(jdbc, RegisterTable.of(source), stale.get(0));
        return true;
    }

    private void release(RegisterSource source, long id) {
        jdbc.update("delete from registry_import_running where source = ? and import_id = ?", source.name(), id);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
