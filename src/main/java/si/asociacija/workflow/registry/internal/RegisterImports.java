package si.asociacija.workflow.registry.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import si.asociacija.workflow.registry.internal.file.BrokenRegisterFile;
import si.asociacija.workflow.registry.internal.file.RegisterFiles;
import si.asociacija.workflow.registry.internal.file.RegisterRow;
import si.asociacija.workflow.registry.internal.file.RegisterRows;
import si.asociacija.workflow.registry.internal.file.RegisterSource;
import si.asociacija.workflow.shared.ConflictException;

/**
 * Imports one register file, fetched or dropped: it is read as a stream into the staging table, then
 * swapped in at once ({@link RegisterSwap}); a broken file fails its import with the reason and leaves
 * the data held as it was. Lines that cannot be read are counted and the first ones logged.
 */
@Component
class RegisterImports {

    private static final Logger log = LoggerFactory.getLogger(RegisterImports.class);

    private final RegisterFiles files;
    private final ImportLog imports;
    private final RegisterSwap swap;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RegistrySettings settings;
    private final ImportFailures failures;
    private final TaskScheduler scheduler;

    RegisterImports(RegisterFiles files, ImportLog imports, RegisterSwap swap, JdbcTemplate jdbc,
            TransactionTemplate transaction, RegistrySettings settings, ImportFailures failures, TaskScheduler scheduler) {
        this.failures = failures;
        this.scheduler = scheduler;
        this.files = files;
        this.imports = imports;
        this.swap = swap;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = settings;
    }

    /** Imports the file; answers how the import ended (a broken file is a FAILED import, not an exception). */
    ImportRecord importFile(RegisterSource source, String fileName, InputStream content) {
        long id;
        try {
            id = imports.start(source, fileName);
        } catch (DuplicateKeyException running) {
            throw new ConflictException("an import of " + source + " is running");
        }
        RegisterTable table = RegisterTable.of(source);
        Reading reading = new Reading(id, table);
        ScheduledFuture<?> heartbeat = scheduler.scheduleWithFixedDelay(() -> imports.renew(source, id),
                ImportLog.LAPSE.dividedBy(4));
        try {
            long started = System.nanoTime();
            try (reading.staging) {
                files.read(source, fileName, content, reading);
            }
            reading.logRejections();
            long staged = System.nanoTime();
            transaction.executeWithoutResult(status ->
                    imports.succeeded(id, source, reading.read(), reading.rejected, swap.swap(table, id, reading.staging.written())));
            log.info("Imported {} from {} (read and staged in {} ms, swapped in in {} ms): {}", source, fileName,
                    (staged - started) / 1_000_000, (System.nanoTime() - staged) / 1_000_000, imports.find(id).orElseThrow());
        } catch (RuntimeException broken) {
            Staging.discard(jdbc, table, id);
            reading.logRejections();
            String reason = broken instanceof BrokenRegisterFile ? broken.getMessage()
                    : "the import stopped: " + broken.getClass().getSimpleName() + ": " + broken.getMessage();
            imports.failed(id, source, reading.read(), reading.rejected, reason);
            log.warn("Import of {} from {} failed, the data held is unchanged: {}", source, fileName, reason);
            failures.raise(imports.find(id).orElseThrow());
        } finally {
            heartbeat.cancel(false);
        }
        return imports.find(id).orElseThrow();
    }

    /** The register's file could not be fetched: a failed import says so to staff. */
    void fetchFailed(RegisterSource source, String url, Exception cause) {
        long id = imports.start(source, url);
        String reason = "could not fetch " + url + ": " + cause.getMessage();
        imports.failed(id, source, 0, 0, reason);
        log.warn("Import of {} failed: {}", source, reason);
        failures.raise(imports.find(id).orElseThrow());
    }

    /** What a reader hands over: records to the staging table, refused lines counted and the first ones kept. */
    private final class Reading implements RegisterRows {

        private final long id;
        private final Staging staging;
        private final List<Object[]> rejections = new ArrayList<>();
        private long rejected;
        private long logged;

        Reading(long id, RegisterTable table) {
            this.id = id;
            this.staging = new Staging(jdbc, table, id);
        }

        @Override
        public void row(RegisterRow row) {
            staging.add(row);
        }

        @Override
        public void rejected(long line, String reason) {
            rejected++;
            if (logged < settings.loggedRejections()) {
                logged++;
                rejections.add(new Object[] {line, reason.length() <= 500 ? reason : reason.substring(0, 500)});
            }
        }

        long read() {
            return staging.written() + rejected;
        }

        void logRejections() {
            if (!rejections.isEmpty()) {
                imports.rejected(id, rejections);
                rejections.clear();
            }
        }
    }
}
