package si.asociacija.workflow.portal;

import java.time.Instant;
import java.util.List;

/**
 * What the person a case concerns may see of it on the status page: no internal notes, no board
 * comments. {@code question} is what the case waits for from them, answered on the page while
 * {@code awaitingAnswer} is true. {@code canRate}: the person may rate the service (1–5) once.
 */
public record CaseStatus(String reference, String title, String status, String statusLabel, String language,
                         List<Step> history, String question, boolean awaitingAnswer, boolean canRate, Integer rating) {

    public CaseStatus(String reference, String title, String status, String statusLabel, String language,
                      List<Step> history, String question, boolean awaitingAnswer) {
        this(reference, title, status, statusLabel, language, history, question, awaitingAnswer, false, null);
    }

    /** One status change as the person saw it. */
    public record Step(Instant at, String status, String label, String note) {
    }
}
