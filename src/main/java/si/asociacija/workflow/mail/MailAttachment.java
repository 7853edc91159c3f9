package si.asociacija.workflow.mail;

import java.util.Objects;

/** A small text file sent with a message, e.g. a calendar entry ({@code text/calendar}). */
public record MailAttachment(String filename, String contentType, String content) {

    public MailAttachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
