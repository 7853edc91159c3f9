package si.asociacija.workflow.registry;

import java.util.List;

/** What the registers say about an applicant, check by check. */
public record RegisterFindings(String reference, List<Finding> findings) {

    /** The checks: found in PRS, name, legal form, the two numbers together (FURS), VAT (VIES), self-employed in culture. */
    public enum Check { PRS_ENTRY, NAME, LEGAL_FORM, TAX_NUMBER, VAT, SELF_EMPLOYED_IN_CULTURE }

    /** A mismatch or an absence is flagged for staff, never a rejection. */
    public enum Result { OK, MISMATCH, NOT_FOUND, PENDING, UNKNOWN, NOT_APPLICABLE }

    /** One check's result and what the register holds, in a line. */
    public record Finding(Check check, Result result, String detail) {
    }

    /** True while a check waits for an answer (VIES down: filled in when it answers). */
    public boolean pending() {
        return findings.stream().anyMatch(f -> f.result() == Result.PENDING);
    }

    /** True when a check found something staff should look at. */
    public boolean flagged() {
        return findings.stream().anyMatch(f -> f.result() == Result.MISMATCH || f.result() == Result.NOT_FOUND);
    }
}
