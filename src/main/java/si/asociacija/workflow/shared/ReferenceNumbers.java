package si.asociacija.workflow.shared;

import java.time.LocalDate;
import java.time.ZoneId;

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
        int year = LocalDate.now(ZONE).getYear();
        ensureCounter(prefix, year);
        Integer current = jdbc.queryForObject(
                "select current_number from reference_counter where prefix = ? and counter_year = ? for update",
                Integer.class, prefix, year);
        int next = (current == null ? 0 : current) + 1;
        jdbc.update("update reference_counter set current_number = ? where prefix = ? and counter_year = ?",
                next, prefix, year);
        return String.format(format, year, next);
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
