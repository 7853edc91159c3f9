package si.asociacija.workflow.registry.internal.file;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Collections;
import java.util.stream.Collectors;

/**
 * A FURS list of fixed-width lines, in UTF-8 or (old files) Windows-1250. A line of another width is
 * refused; when the first lines all are, the file is in a layout this reader does not know.
 */
final class FixedWidthReader {

    /** How many lines with content decide that a file of only misfits has an unknown layout. */
    static final int LAYOUT_PROBE = 20;

    private final FixedWidthLayout layout;
    private final int widest;
    private final String widths;

    FixedWidthReader(FixedWidthLayout layout) {
        this.layout = layout;
        this.widest = Collections.max(layout.widths());
        this.widths = layout.widths().stream().map(String::valueOf).collect(Collectors.joining(" or "));
    }

    void read(BufferedInputStream in, RegisterRows rows) throws IOException {
        DecodedText text = DecodedText.utf8OrWindows1250(in);
        BoundedLines lines = new BoundedLines(text.reader(), widest);
        try {
            read(lines, rows);
        } catch (CharacterCodingException e) {
            throw new BrokenRegisterFile("the text after line " + lines.number() + " is not valid "
                    + text.charset().name() + ", the encoding chosen from the file's beginning", e);
        }
    }

    private void read(BoundedLines lines, RegisterRows rows) throws IOException {
        int probed = 0;
        int misfits = 0;
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (line.isBlank()) {
                continue;
            }
            if (fits(lines.width())) {
                record(lines.number(), line, rows);
            } else {
                misfits++;
                rows.rejected(lines.number(), "the line is " + lines.width() + " characters wide, not " + widths);
            }
            if (++probed == LAYOUT_PROBE && misfits == LAYOUT_PROBE) {
                throw new BrokenRegisterFile("unknown layout: none of the first " + LAYOUT_PROBE
                        + " lines is " + widths + " characters wide (line " + lines.number() + " is "
                        + lines.width() + ")");
            }
        }
    }

    private boolean fits(long width) {
        return width <= widest && layout.widths().contains((int) width);
    }

    private void record(long number, String line, RegisterRows rows) {
        try {
            rows.row(layout.row(line));
        } catch (RejectedLine e) {
            rows.rejected(number, e.getMessage());
        }
    }
}
