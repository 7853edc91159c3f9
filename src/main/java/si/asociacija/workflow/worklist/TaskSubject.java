package si.asociacija.workflow.worklist;

/**
 * What a task is about, as its line in Tasklist shows it: the case's {@code reference}, the
 * {@code person} (applicant, client) or subject, and a {@code topic}; person and topic may be null.
 */
public record TaskSubject(String reference, String person, String topic) {
}
