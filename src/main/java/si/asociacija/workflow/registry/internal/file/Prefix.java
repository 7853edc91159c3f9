package si.asociacija.workflow.registry.internal.file;

import java.io.BufferedInputStream;
import java.io.IOException;

/** The first bytes of a stream, looked at without consuming them. */
final class Prefix {

    /** How far ahead a reader may look to recognise a file. */
    static final int LIMIT = 64 * 1024;

    private Prefix() {
    }

    static byte[] peek(BufferedInputStream in, int length) throws IOException {
        in.mark(length);
        byte[] head = in.readNBytes(length);
        in.reset();
        return head;
    }

    static boolean startsWith(byte[] head, int... expected) {
        if (head.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
