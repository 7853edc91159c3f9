package si.asociacija.workflow.registry.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.registry.RegisterFindings;
import si.asociacija.workflow.registry.RegisterFindings.Check;
import si.asociacija.workflow.registry.RegisterFindings.Finding;
import si.asociacija.workflow.registry.RegisterFindings.Result;

/**
 * The findings of each application, one row per check; a pending VAT check keeps the number to ask VIES
 * for and when to ask again, and is claimed by one node at a time.
 */
@Component
class FindingStore {

    /** A pending VAT check to ask VIES again. */
    record PendingVat(String reference, String vatNumber, int attempts) {
    }

    private final JdbcTemplate jdbc;

    FindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(String reference, List<Finding> findings, String pendingVatNumber) {
        jdbc.update("delete from registry_finding where reference = ?", reference);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("insert into registry_finding (reference, check_name, result, detail, checked_at, vat_number, "
                + "next_attempt_at) values (?, ?, ?, ?, ?, ?, ?)", findings.stream().map(f -> new Object[] {reference,
                    f.check().name(), f.result().name(), f.detail(), now,
                    f.result() == Result.PENDING ? pendingVatNumber : null, f.result() == Result.PENDING ? now : null})
                .toList());
    }

    List<Finding> of(String reference) {
        return jdbc.query("select check_name, result, detail from registry_finding where reference = ?",
                (rs, i) -> new Finding(Check.valueOf(rs.getString(1)), Result.valueOf(rs.getString(2)), rs.getString(3)), reference)
                .stream().sorted((a, b) -> a.check().compareTo(b.check())).toList();
    }

    /** Pending VAT checks whose time has come, each claimed for {@code lease} by this node. */
    List<PendingVat> claimDue(int limit, Duration lease) {
        Timestamp now = Timestamp.from(Instant.now());
        List<PendingVat> due = jdbc.query("select reference, vat_number, attempts from registry_finding where result = 'PENDING' "
                + "and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?) order by next_attempt_at "
                + "fetch first " + limit + " rows only", (rs, i) -> new PendingVat(rs.getString(1), rs.getString(2), rs.getInt(3)),
                now, now);
        Timestamp until = Timestamp.from(Instant.now().plus(lease));
        return due.stream().filter(p -> jdbc.update("update registry_finding set claimed_until = ? where reference = ? "
                + "and check_name = 'VAT' and result = 'PENDING' and (claimed_until is null or claimed_until < ?)",
                until, p.reference(), now) == 1).toList();
    }

    void answered(String reference, Result result, String detail) {
        jdbc.update("update registry_finding set result = ?, detail = ?, checked_at = ?, next_attempt_at = null, "
                + "claimed_until = null where reference = ? and check_name = 'VAT'", result.name(), detail,
                Timestamp.from(Instant.now()), reference);
    }

    void askAgain(String reference, int attempts, Instant next) {
        jdbc.update("update registry_finding set attempts = ?, next_attempt_at = ?, claimed_until = null where reference = ? "
                + "and check_name = 'VAT'", attempts, Timestamp.from(next), reference);
    }

    RegisterFindings findings(String reference) {
        return new RegisterFindings(reference, of(reference));
    }
}
