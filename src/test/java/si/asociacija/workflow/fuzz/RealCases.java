package si.asociacija.workflow.fuzz;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cases behind real private links (made once a run, see {@link FuzzTestBase}): the links the fuzz
 * requests aim at, and what of the cases the requests must leave as it is.
 *
 * @param targets the real links: an application just received, one waiting for missing information, an
 *                open and a closed assistance case
 * @param secondMissingInfoToken the link of a second application waiting for missing information (the
 *                first takes one answer in the form, and then waits no more)
 * @param outboxId a queued mail of the application just received (not FAILED)
 */
record RealCases(List<Target> targets, String secondMissingInfoToken, String missingInfoReference,
                 String secondMissingInfoReference, String openCaseReference, String closedCaseReference, long outboxId) {

    /** A real private link and what its case lets through: the answer's length limit. */
    record Target(String label, String token, int answerLimit) {
    }

    Target missingInfo() {
        return targets.get(1);
    }

    Target openCase() {
        return targets.get(2);
    }

    Target closedCase() {
        return targets.get(3);
    }

    /** The state of the cases that the requests could change. */
    String state(JdbcTemplate jdbc) {
        return "application " + missingInfoReference + " " + applicationStatus(jdbc, missingInfoReference)
                + "; application " + secondMissingInfoReference + " " + applicationStatus(jdbc, secondMissingInfoReference)
                + "; case " + closedCaseReference + " rating " + jdbc.queryForObject(
                "select rating from assistance_case where reference = ?", Integer.class, closedCaseReference)
                + "; case " + openCaseReference + " " + jdbc.queryForObject(
                "select status from assistance_case where reference = ?", String.class, openCaseReference);
    }

    static String applicationStatus(JdbcTemplate jdbc, String reference) {
        return jdbc.queryForObject("select status from membership_application where reference = ?", String.class, reference);
    }
}
