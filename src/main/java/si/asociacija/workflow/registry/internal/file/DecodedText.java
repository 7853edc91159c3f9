package si.asociacija.workflow.registry.internal.file;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A text file's characters, decoded strictly (a byte sequence the charset does not know fails the read
 * instead of turning into a replacement character).
 */
record DecodedText(Charset charset, Reader reader) {

    static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

    /**
     * UTF-8 (its byte order mark skipped) when the file's first bytes are valid UTF-8, else Windows-1250, as
     * in old FURS files. Only a bounded prefix is looked at, so the stream is read once.
     */
    static DecodedText utf8OrWindows1250(BufferedInputStream in) throws IOException {
        byte[] head = Prefix.peek(in, Prefix.LIMIT);
        if (!isUtf8(head)) {
            return of(in, WINDOWS_1250);
        }
        if (Prefix.startsWith(head, 0xEF, 0xBB, 0xBF)) {
            in.skipNBytes(3);
        }
        return of(in, StandardCharsets.UTF_8);
    }

    static DecodedText of(InputStream in, Charset charset) {
        return new DecodedText(charset, new InputStreamReader(in, strict(charset)));
    }

    /** A sequence cut at the end of the prefix is not an error: the prefix may end inside a character. */
    private static boolean isUtf8(byte[] head) {
        CharBuffer chars = CharBuffer.allocate(head.length);
        return !strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(head), chars, false).isError();
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
