package si.asociacija.workflow.advocacy.internal.watch;

/**
 * A source answered, but not in the shape it publishes (a table, an element or a field is gone): the
 * watch stops with an incident for staff instead of reading nothing and saying nothing.
 */
public class SourceLayoutChanged extends RuntimeException {

    public SourceLayoutChanged(String source, String what) {
        super(source + ": " + what + " (has the source changed its layout?)");
    }

    public SourceLayoutChanged(String source, String what, Throwable cause) {
        super(source + ": " + what + " (has the source changed its layout?)", cause);
    }
}
