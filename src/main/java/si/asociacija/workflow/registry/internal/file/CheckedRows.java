package si.asociacija.workflow.registry.internal.file;

/**
 * Passes the rows on and counts them, so that a file without a record, or one whose records are mostly
 * refused, fails as a whole instead of replacing the register with nothing or with a fraction of it.
 */
final class CheckedRows implements RegisterRows {

    private final RegisterRows rows;
    private long read;
    private long rejected;
    private String firstRejected;

    CheckedRows(RegisterRows rows) {
        this.rows = rows;
    }

    @Override
    public void row(RegisterRow row) {
        read++;
        rows.row(row);
    }

    @Override
    public void rejected(long line, String reason) {
        if (rejected++ == 0) {
            firstRejected = "line " + line + ": " + reason;
        }
        rows.rejected(line, reason);
    }

    /** @throws BrokenRegisterFile when nothing was read or more records were refused than read */
    void check() {
        if (read == 0 && rejected == 0) {
            throw new BrokenRegisterFile("the file holds no records");
        }
        if (rejected > read) {
            throw new BrokenRegisterFile("unknown layout: " + rejected + " of " + (read + rejected)
                    + " records refused (the first, " + firstRejected + ")");
        }
    }
}
