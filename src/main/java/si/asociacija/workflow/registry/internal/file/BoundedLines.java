package si.asociacija.workflow.registry.internal.file;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text (ended by LF or CRLF), each kept only up to a limit, so a file without line breaks
 * cannot fill the memory; {@link #width()} still tells a longer line's real width.
 */
final class BoundedLines {

    private final Reader in;
    private final int limit;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int end;
    private long number;
    private long width;
    private char last;

    BoundedLines(Reader in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line without its line end, cut after {@code limit} characters; null at the end of the text. */
    String next() throws IOException {
        line.setLength(0);
        width = 0;
        last = 0;
        boolean started = false;
        while (fill()) {
            started = true;
            char c = buffer[position++];
            if (c == '\n') {
                return done();
            }
            if (width++ < limit) {
                line.append(c);
            }
            last = c;
        }
        return started ? done() : null;
    }

    /** The number of the line last returned, from 1. */
    long number() {
        return number;
    }

    /** The width of the line last returned, however long it was. */
    long width() {
        return width;
    }

    private boolean fill() throws IOException {
        if (position < end) {
            return true;
        }
        end = Math.max(in.read(buffer), 0);
        position = 0;
        return end > 0;
    }

    private String done() {
        number++;
        if (last == '\r') {
            width--;
            line.setLength((int) Math.min(line.length(), width));
        }
        return line.toString();
    }
}
