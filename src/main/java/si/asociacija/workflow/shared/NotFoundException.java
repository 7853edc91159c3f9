package si.asociacija.workflow.shared;

/** Nothing to show: answered 404 without saying why. */
public class NotFoundException extends RuntimeException {
    public NotFoundException() {
        super("Not found");
    }
}
