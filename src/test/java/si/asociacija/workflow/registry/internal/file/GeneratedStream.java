package si.asociacija.workflow.registry.internal.file;

import java.io.InputStream;
import java.util.function.IntFunction;

/** The bytes of a file made part by part as it is read, so a large file is never held whole. */
final class GeneratedStream extends InputStream {

    private final int parts;
    private final IntFunction<byte[]> part;
    private int next;
    private byte[] current = new byte[0];
    private int position;

    GeneratedStream(int parts, IntFunction<byte[]> part) {
        this.parts = parts;
        this.part = part;
    }

    @Override
    public int read() {
        return advance() ? current[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (!advance()) {
            return -1;
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, count);
        position += count;
        return count;
    }

    private boolean advance() {
        while (position == current.length) {
            if (next == parts) {
                return false;
            }
            current = part.apply(next++);
            position = 0;
        }
        return true;
    }
}
