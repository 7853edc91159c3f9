package si.asociacija.workflow.shared;

/** A public request whose body is over the configured limit. */
public class RequestTooLargeException extends RuntimeException {
    public RequestTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }
}
