package si.asociacija.workflow;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** What tests read of a mail that arrived: its HTML, its plain text, any part by type, the attached file. */
public final class ReceivedMail {

    private ReceivedMail() {
    }

    public static String html(Part mail) throws Exception {
        return text(mail, "text/html");
    }

    public static String plainText(Part mail) throws Exception {
        return text(mail, "text/plain");
    }

    /** The first part of this type, however deep the multiparts nest, as UTF-8 text; null when there is none. */
    public static String text(Part mail, String type) throws Exception {
        Part part = find(mail, p -> p.isMimeType(type));
        if (part == null) {
            return null;
        }
        Object content = part.getContent();
        return content instanceof String s ? s : new String(((InputStream) content).readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The first part that is a file with a name; null when there is none. */
    public static Part attachment(Part mail) throws Exception {
        return find(mail, p -> p.getFileName() != null);
    }

    private static Part find(Part part, Wanted wanted) throws Exception {
        if (!part.isMimeType("multipart/*")) {
            return wanted.is(part) ? part : null;
        }
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            Part found = find(multipart.getBodyPart(i), wanted);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private interface Wanted {
        boolean is(Part part) throws MessagingException;
    }
}
