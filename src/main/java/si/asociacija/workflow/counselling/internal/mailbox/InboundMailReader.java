package si.asociacija.workflow.counselling.internal.mailbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import si.asociacija.workflow.counselling.internal.CaseAttachment;
import si.asociacija.workflow.counselling.internal.CounsellingSettings;

/**
 * Reads one message of the assistance mailbox, before any transaction: its Message-ID (or a digest),
 * sender, subject, whether it is automatic mail, its size (an oversized one is never downloaded), its
 * text and attachments, the references it carries and the client's language.
 */
@Component
public class InboundMailReader {

    private static final Pattern REFERENCE = Pattern.compile("SC-\\d{4}-\\d{4}");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final String SYNTHETIC_ID_DOMAIN = "@no-message-id.invalid>";

    private final CounsellingSettings settings;
    private final String ownAddress;

    InboundMailReader(CounsellingSettings settings, @Value("${asociacija.mail-from}") String ownAddress) {
        this.settings = settings;
        this.ownAddress = ownAddress;
    }

    /** What the intake needs of one message. */
    public record ParsedMail(String messageId, boolean madeUpId, String sender, String personal, String subject,
                      boolean automatic, long size, String text, List<CaseAttachment> attachments,
                      List<String> subjectReferences, List<String> repliedTo, String language) {
    }

    /** Reads a message; throws when it cannot be read (it is then set aside, never retried). */
    ParsedMail parse(Message message) throws MessagingException, IOException {
        // the size the server tells first: an oversized message is never downloaded whole
        long limit = settings.maxMessageSize().toBytes();
        byte[] raw = message.getSize() > limit ? null : raw(message);
        long size = raw == null ? message.getSize() : raw.length;
        String messageId = messageId(message, raw);
        InternetAddress from = sender(message);
        String subject = message.getSubject();
        boolean automatic = from == null || automatic(message, from);
        boolean tooLarge = size > limit;
        List<String> references = new ArrayList<>();
        if (subject != null) {
            Matcher reference = REFERENCE.matcher(subject);
            while (reference.find()) {
                references.add(reference.group());
            }
        }
        List<String> repliedTo = new ArrayList<>();
        for (String header : new String[] {"In-Reply-To", "References"}) {
            String[] values = message.getHeader(header);
            if (values != null) {
                for (String value : values) {
                    Matcher id = MESSAGE_ID.matcher(value);
                    while (id.find()) {
                        repliedTo.add(id.group());
                    }
                }
            }
        }
        boolean readBody = !automatic && !tooLarge;
        String text = readBody ? MailBody.text(message) : null;
        return new ParsedMail(messageId, messageId.endsWith(SYNTHETIC_ID_DOMAIN),
                from == null ? null : from.getAddress(), from == null ? null : name(from), subject, automatic, size,
                text, readBody ? MailBody.attachments(message) : List.of(), references, repliedTo,
                language(header(message, "Content-Language"), subject, text));
    }

    /** The Message-ID of a message that could not be read, as far as it can be told; the same at every poll. */
    String idOf(Message message) {
        try {
            return messageId(message, null);
        } catch (Exception headersUnreadable) {
            try {
                return messageId(message, raw(message));
            } catch (Exception unreadable) {
                try {
                    if (message.getFolder() instanceof UIDFolder folder) {
                        return "<unreadable-" + folder.getUIDValidity() + "-" + folder.getUID(message) + "@asociacija.invalid>";
                    }
                } catch (Exception ignored) {
                    // no UID either
                }
                return "<unreadable-" + message.getMessageNumber() + "@asociacija.invalid>";
            }
        }
    }

    private static final List<String> SLOVENE = List.of(" je ", " in ", " sem ", " ali ", " da ", "hvala", "pozdrav",
            "spoštovan", "prosim", "č", "š", "ž");
    private static final List<String> ENGLISH = List.of(" the ", " and ", " is ", " i ", " my ", "please", "thank",
            "regards", "hello", "dear");

    /** The client's language: what the message says it is, else the more likely of Slovene and English. */
    static String language(String contentLanguage, String subject, String text) {
        if (contentLanguage != null) {
            String declared = contentLanguage.trim().toLowerCase(Locale.ROOT);
            if (declared.startsWith("en")) {
                return "en";
            }
            if (declared.startsWith("sl")) {
                return "sl";
            }
        }
        String sample = (" " + (subject == null ? "" : subject) + " " + (text == null ? "" : text) + " ")
                .toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", " ");
        long slovene = SLOVENE.stream().filter(sample::contains).count();
        long english = ENGLISH.stream().filter(sample::contains).count();
        return english > slovene ? "en" : "sl";
    }

    private boolean automatic(Message message, InternetAddress from) throws MessagingException {
        String autoSubmitted = header(message, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.trim().toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && List.of("bulk", "junk", "list").contains(precedence.trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (header(message, "X-Autoreply") != null || header(message, "X-Autorespond") != null
                || header(message, "List-Id") != null) {
            return true;
        }
        String address = from.getAddress() == null ? "" : from.getAddress().toLowerCase(Locale.ROOT);
        String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
        return local.equals("mailer-daemon") || local.equals("postmaster") || local.startsWith("noreply")
                || local.startsWith("no-reply") || address.equalsIgnoreCase(settings.mailbox())
                || address.equalsIgnoreCase(ownAddress);
    }

    private static String header(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    static InternetAddress sender(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        return from != null && from.length > 0 && from[0] instanceof InternetAddress address ? address : null;
    }

    private static String name(InternetAddress from) {
        if (from.getPersonal() != null && !from.getPersonal().isBlank()) {
            return from.getPersonal().trim();
        }
        String address = from.getAddress();
        return address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
    }

    /** The Message-ID, or one made up from a digest of the message (of its headers when {@code raw} is null). */
    private static String messageId(Message message, byte[] raw) throws MessagingException {
        String id = header(message, "Message-ID");
        if (id != null && !id.isBlank()) {
            return id.trim().substring(0, Math.min(id.trim().length(), 300));
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (raw == null && message instanceof MimeMessage mime) {
                Enumeration<String> lines = mime.getAllHeaderLines();
                while (lines.hasMoreElements()) {
                    sha.update(lines.nextElement().getBytes(StandardCharsets.UTF_8));
                }
            } else if (raw != null) {
                sha.update(raw);
            }
            byte[] digest = sha.digest();
            return "<" + HexFormat.of().formatHex(digest) + SYNTHETIC_ID_DOMAIN;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] raw(Message message) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
