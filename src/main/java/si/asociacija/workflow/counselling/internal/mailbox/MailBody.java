package si.asociacija.workflow.counselling.internal.mailbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import si.asociacija.workflow.counselling.internal.CaseAttachment;

/** The body of a MIME message as a case needs it: the readable text and the attached files. */
final class MailBody {

    private MailBody() {
    }

    /** The readable text: the first text/plain part, else the first HTML part without its markup. */
    static String text(Part part) throws MessagingException, IOException {
        String plain = find(part, "text/plain");
        if (plain != null) {
            return plain.strip();
        }
        String html = find(part, "text/html");
        return html == null ? "" : html.replaceAll("(?s)<(style|script)[^>]*>.*?</\\1>", "")
                .replaceAll("<br\\s*/?>|</p>", "\n").replaceAll("<[^>]+>", "").replace("&nbsp;", " ").strip();
    }

    private static String find(Part part, String type) throws MessagingException, IOException {
        if (isAttachment(part)) {
            return null;
        }
        if (part.isMimeType(type)) {
            Object content = part.getContent();
            return content instanceof String s ? s : new String(((InputStream) content).readAllBytes(), StandardCharsets.UTF_8);
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = find(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static List<CaseAttachment> attachments(Part part) throws MessagingException, IOException {
        List<CaseAttachment> found = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (isAttachment(child)) {
                    try (InputStream in = child.getInputStream()) {
                        String type = child.getContentType() == null ? "application/octet-stream"
                                : child.getContentType().split(";")[0].trim();
                        found.add(new CaseAttachment(child.getFileName(), type, in.readAllBytes()));
                    }
                } else {
                    found.addAll(attachments(child));
                }
            }
        }
        return found;
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        return part.getFileName() != null && (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                || Part.INLINE.equalsIgnoreCase(part.getDisposition()) || part.getDisposition() == null)
                && !part.isMimeType("multipart/*") && !part.isMimeType("text/plain");
    }
}
