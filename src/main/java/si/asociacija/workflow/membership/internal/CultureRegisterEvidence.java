package si.asociacija.workflow.membership.internal;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;

/**
 * The register of self-employed in culture has no open data: staff note in the completeness check what
 * evidence of an individual's entry they saw, and the note is kept with the application.
 */
@Service
@Transactional
class CultureRegisterEvidence {

    static final String FIELD = "cultureRegisterEvidence";
    static final int MAX_LENGTH = 2000;

    private final MembershipApplicationRepository applications;

    CultureRegisterEvidence(MembershipApplicationRepository applications) {
        this.applications = applications;
    }

    /** Keeps the note of {@code notedBy}; a blank note keeps what was noted before. */
    void note(String reference, String evidence, String notedBy) {
        if (evidence == null || evidence.isBlank()) {
            return;
        }
        if (evidence.length() > MAX_LENGTH) {
            throw InvalidInputException.of(FIELD, "at most " + MAX_LENGTH + " characters");
        }
        MembershipApplication application = applications.findByReference(reference).orElseThrow(NotFoundException::new);
        if (application.getType() != ApplicantType.INDIVIDUAL) {
            throw InvalidInputException.of(FIELD, "only an individual's application has this evidence");
        }
        application.cultureRegisterEvidence(evidence.trim(), notedBy, Instant.now());
    }
}
