package si.asociacija.workflow.portal;

import java.util.Optional;

import si.asociacija.workflow.shared.ConflictException;

/** A capability whose cases have a private status page (implemented by membership, counselling, ...). */
public interface CaseStatusSource {

    /** The case behind a private status token, if this source owns it. */
    Optional<CaseStatus> findByToken(String token);

    /**
     * The person's answer given on the status page.
     *
     * @throws si.asociacija.workflow.shared.InvalidInputException when the answer is empty or too long
     * @throws si.asociacija.workflow.shared.ConflictException when the case is not waiting for an answer
     */
    void answer(String token, String text);

    /** A satisfaction rating (1–5) given on the status page, where the case allows it. */
    default void rate(String token, int stars) {
        throw new ConflictException("This case cannot be rated.");
    }
}
