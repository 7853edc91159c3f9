package si.asociacija.workflow.registry.internal.file;

/**
 * The file as a whole cannot be imported (truncated zip, malformed XML, unknown layout or width, wrong
 * encoding): the import fails with this reason and the data already held stays as it was.
 */
public class BrokenRegisterFile extends RuntimeException {

    public BrokenRegisterFile(String reason) {
        super(reason);
    }

    public BrokenRegisterFile(String reason, Throwable cause) {
        super(reason, cause);
    }
}
