package si.asociacija.workflow.registry;

import java.util.Optional;

/**
 * Checks an applicant against the local copies of the registers at once and against VIES in the
 * background; the findings are kept under the application's reference, and
 * {@link RegisterFindingsUpdated} tells when a pending check has been answered.
 */
public interface RegisterChecks {

    RegisterFindings check(Applicant applicant);

    Optional<RegisterFindings> findings(String reference);

    /** The findings as staff read them in a form, one check per line, Slovene / English. */
    String summary(RegisterFindings findings);
}
