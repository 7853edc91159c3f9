package si.asociacija.workflow.shared;

/** The request clashes with existing state (e.g. a second open application for the same organisation). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
