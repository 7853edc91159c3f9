package si.asociacija.workflow.registry.internal.file;

/** Where a reader hands what it reads, one record or one refused line at a time (never the whole file). */
public interface RegisterRows {

    void row(RegisterRow row);

    /** A line that could not be read ({@code line} counts from 1, the header included); the import goes on. */
    void rejected(long line, String reason);
}
