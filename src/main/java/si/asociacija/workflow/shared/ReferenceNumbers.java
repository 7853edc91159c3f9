package si.asociacija.workflow.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Human references that are sequential per prefix and year ({@code MA-2026-0001}, {@code UO-2026/001}).
 * The number is taken under a row lock in the caller's transaction, so a rolled-back transaction
 * gives its number back and two nodes on one database never hand out the same one.
 */
@Service
public class ReferenceNumbers {

    public static final ZoneId ZONE = ZoneId.of("Europe/Ljubljana");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    ReferenceNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number for this prefix in the current year, formatted with {@code format} (year, number). */
    @Transactional(propagation = Propagation.REQUIRED)
    public String next(String prefix, String format) {
        return reserve(prefix, format, 1).get(0);
    }

    /**
     * The next {@code count} numbers for this prefix, in order, under one row lock: until the caller's
     * transaction ends, every other caller of this prefix waits (so a whole file imports as one).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public List<String> reserve(String prefix, String format, int count) {
        return reserve(prefix, format, count, LocalDate.now(ZONE).getYear());
    }

    /** The next number for this prefix in {@code year} (an assembly is numbered in the year it meets). */
    @Transactional(propagation = Propagation.REQUIRED)
    public String nextInYear(String prefix, String format, int year) {
        return reserve(prefix, format, 1, year).get(0);
    }

    private List<String> reserve(String prefix, String format, int count, int year) {
        int current = lock(prefix, year);
        if (count > 0) {
            jdbc.update("update reference_counter set current_number = ? where prefix = ? and counter_year = ?",
                    current + count, prefix, year);
        }
        return IntStream.rangeClosed(current + 1, current + count).mapToObj(n -> String.format(format, year, n)).toList();
    }

    /** Takes this prefix's row lock until the caller's transaction ends, before reading what the numbers depend on. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void lock(String prefix) {
        lock(prefix, LocalDate.now(ZONE).getYear());
    }

    private int lock(String prefix, int year) {
        ensureCounter(prefix, year);
        Integer current = jdbc.queryForObject(
                "select current_number from reference_counter where prefix = ? and counter_year = ? for update",
                Integer.class, prefix, year);
        return current == null ? 0 : current;
    }

    private void ensureCounter(String prefix, int year) {
        Integer exists = jdbc.queryForObject(
                "select count(*) from reference_counter where prefix = ? and counter_year = ?", Integer.class, prefix, year);
        if (exists != null && exists > 0) {
            return;
        }
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into reference_counter (prefix, counter_year, current_number) values (?, ?, 0)", prefix, year));
        } catch (DuplicateKeyException alreadyCreatedByAnotherTransaction) {
            // another node created the counter first: fine
        }
    }
}
