package si.asociacija.workflow.registry.internal.file;

/** One record of a file cannot be read; the reader reports it with its line and goes on. */
final class RejectedLine extends RuntimeException {

    RejectedLine(String reason) {
        super(reason, null, false, false);
    }
}
