package si.asociacija.workflow.mail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file sent with a message: a calendar entry ({@code text/calendar}), the minutes of an assembly
 * ({@code application/pdf}). The content is copied in and out, so a stored attachment cannot change.
 */
public record MailAttachment(String filename, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    /** A text file in UTF-8; the content type says so ({@code text/calendar; charset=UTF-8}). */
    public static MailAttachment text(String filename, String contentType, String text) {
        Objects.requireNonNull(contentType, "contentType");
        return new MailAttachment(filename, contentType + "; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** How many bytes the file has. */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment file && filename.equals(file.filename)
                && contentType.equals(file.contentType) && Arrays.equals(content, file.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filename, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "MailAttachment[filename=" + filename + ", contentType=" + contentType + ", size=" + content.length + "]";
    }
}
