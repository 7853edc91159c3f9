package si.asociacija.workflow.membership.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import si.asociacija.workflow.registry.Applicant;
import si.asociacija.workflow.registry.RegisterChecks;
import si.asociacija.workflow.registry.RegisterFindings;
import si.asociacija.workflow.shared.ReferenceNumbers;
import si.asociacija.workflow.shared.Texts;

/**
 * The yearly check of every active member against the registers ({@link RegisterChecks}), each under a
 * reference of its own per year ({@code RY-2027-M-2026-0001}). A member the registers flag gets one
 * staff task that year, in the process of the register changes; a membership is never ended by it.
 * The scheduled check runs on the node that claims the year in the database; staff may run it any time.
 */
@Service
class MemberRegisterCheck {

    /** What a check did: active members checked, tasks opened, members whose check failed (logged). */
    record Report(int year, int checked, int opened, int failed) {
    }

    private static final Logger log = LoggerFactory.getLogger(MemberRegisterCheck.class);
    private static final int MAX_TEXT = 2000;

    private final MemberRepository members;
    private final RegisterChecks checks;
    private final MemberRegisterChanges changes;
    private final Texts texts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    MemberRegisterCheck(MemberRepository members, RegisterChecks checks, MemberRegisterChanges changes, Texts texts,
                        JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.members = members;
        this.checks = checks;
        this.changes = changes;
        this.texts = texts;
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static int thisYear() {
        return LocalDate.now(ReferenceNumbers.ZONE).getYear();
    }

    /** The scheduled check of {@code year}: run when this node claims the year, else nothing. */
    Optional<Report> runOnce(int year) {
        if (!claim(year)) {
            log.info("The yearly register check {} was claimed before (by this or another node): nothing to do", year);
            return Optional.empty();
        }
        return Optional.of(run(year));
    }

    /** Staff's check, now: the year is claimed too, so the schedule does not repeat it. */
    Report runNow() {
        int year = thisYear();
        claim(year);
        return run(year);
    }

    /** True for the one caller whose insert of the year's row succeeds. */
    boolean claim(int year) {
        try {
            return Boolean.TRUE.equals(separateTransaction.execute(status -> jdbc.update(
                    "insert into member_register_check (check_year, claimed_at) values (?, ?)", year,
                    Timestamp.from(Instant.now())) == 1));
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    Report run(int year) {
        List<Member> active = members.findByStatus(Member.Status.ACTIVE);
        int opened = 0;
        int failed = 0;
        for (Member member : active) {
            try {
                if (check(year, member)) {
                    opened++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.error("Yearly register check {} of member {} failed; run it again to retry", year,
                        member.getMembershipNumber(), e);
            }
        }
        Report report = new Report(year, active.size() - failed, opened, failed);
        log.info("Yearly register check {}: {} active members checked, {} tasks opened, {} failed", year,
                report.checked(), opened, failed);
        return report;
    }

    /** Checks the member; true when the registers flag it and its task for the year was opened now. */
    private boolean check(int year, Member member) {
        String reference = MemberRegisterChange.reference(year, member.getMembershipNumber());
        RegisterFindings findings = checks.check(new Applicant(reference, member.getType() == ApplicantType.ORGANISATION,
                member.getName(), member.getRegistrationNumber(), member.getTaxNumber()));
        if (!findings.flagged()) {
            return false;
        }
        String flagged = findings.findings().stream()
                .filter(f -> f.result() == RegisterFindings.Result.MISMATCH || f.result() == RegisterFindings.Result.NOT_FOUND)
                .map(f -> f.check().name()).collect(Collectors.joining(", "));
        try {
            return changes.openYearly(year, member.getMembershipNumber(), flagged, held(member),
                    shortened(checks.summary(findings)));
        } catch (DataAccessException e) {
            if (changes.recorded(reference)) {
                log.info("Yearly register check {} of member {} was opened meanwhile by another run", year,
                        member.getMembershipNumber());
                return false;
            }
            throw e;
        }
    }

    /** The member as the register holds them, a line in Slovene and one in English. */
    private String held(Member member) {
        return shortened(held(member, "sl") + "\n" + held(member, "en"));
    }

    private String held(Member member, String language) {
        return texts.text("membership.registerCheck.held", language, texts.label(member.getType(), language),
                member.getName(), Objects.toString(member.getRegistrationNumber(), "—"),
                Objects.toString(member.getTaxNumber(), "—"));
    }

    private static String shortened(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
