package si.asociacija.workflow.counselling.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import si.asociacija.workflow.mail.MailOutbox;
import si.asociacija.workflow.mail.OutgoingMail;

/**
 * Turns one message from the assistance mailbox into a case or a reply on one: once per Message-ID,
 * threaded by the reference in the subject or by In-Reply-To/References, never answering automatic
 * mail, refusing messages over the size limit with a reply that says why.
 */
@Component
class InboundMailProcessor {

    private static final Logger log = LoggerFactory.getLogger(InboundMailProcessor.class);
    private static final Pattern REFERENCE = Pattern.compile("SC-\\d{4}-\\d{4}");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final String SYNTHETIC_ID_DOMAIN = "@no-message-id.invalid>";

    private final InboundMailRepository inbound;
    private final AssistanceCaseRepository caseRepository;
    private final AssistanceCases cases;
    private final MailOutbox mail;
    private final CounsellingSettings settings;
    private final String ownAddress;

    InboundMailProcessor(InboundMailRepository inbound, AssistanceCaseRepository caseRepository, AssistanceCases cases,
                         MailOutbox mail, CounsellingSettings settings, @Value("${asociacija.mail-from}") String ownAddress) {
        this.inbound = inbound;
        this.caseRepository = caseRepository;
        this.cases = cases;
        this.mail = mail;
        this.settings = settings;
        this.ownAddress = ownAddress;
    }

    /** Handles one message; returns what became of it. Throws only when it should be tried again (e.g. the database is down). */
    @Transactional
    public InboundMail.Outcome receive(Message message) throws MessagingException, IOException {
        byte[] raw = raw(message);
        String messageId = messageId(message, raw);
        if (inbound.existsById(messageId)) {
            log.info("Inbound mail {} was already processed; skipped", messageId);
            return null;
        }
        InternetAddress from = sender(message);
        String subject = message.getSubject();
        String sender = from == null ? null : from.getAddress();
        if (from == null || automatic(message, from)) {
            return record(messageId, sender, subject, InboundMail.Outcome.IGNORED_AUTOMATIC, null,
                    "automatic or undeliverable mail: no reply, no case");
        }
        Optional<AssistanceCase> thread = thread(message, subject);
        if (raw.length > settings.maxMessageSize().toBytes()) {
            String reference = thread.map(AssistanceCase::getReference).orElse("");
            Map<String, Object> model = new java.util.HashMap<>();
            model.put("reference", reference);
            model.put("name", from.getPersonal());
            model.put("maxSize", settings.maxMessageSize().toMegabytes() + " MB");
            model.put("originalSubject", subject);
            model.put("statusUrl", null);
            model.put("publicUrl", null);
            mail.enqueue(new OutgoingMail(sender, "case-message-too-large", thread.map(AssistanceCase::getLanguage).orElse("sl"),
                    reference, model, messageId.endsWith(SYNTHETIC_ID_DOMAIN) ? null : messageId, settings.mailbox()));
            return record(messageId, sender, subject, InboundMail.Outcome.REFUSED_TOO_LARGE,
                    thread.map(AssistanceCase::getReference).orElse(null), raw.length + " bytes");
        }
        // a Message-ID we made up (the message had none) is for de-duplication only, never for threading
        String threadId = messageId.endsWith(SYNTHETIC_ID_DOMAIN) ? null : messageId;
        CaseMessage entry = new CaseMessage(CaseMessage.Kind.IN, sender, subject, text(message), threadId, Instant.now());
        for (CaseAttachment attachment : attachments(message)) {
            entry.attach(attachment);
        }
        if (thread.isPresent()) {
            AssistanceCase existing = thread.get();
            boolean wasClosed = existing.isClosed();
            if (cases.addClientMessage(existing, entry)) {
                return record(messageId, sender, subject, wasClosed ? InboundMail.Outcome.REOPENED : InboundMail.Outcome.THREADED,
                        existing.getReference(), null);
            }
            AssistanceCase followUp = cases.open(name(from), sender, Topic.OTHER, existing.getLanguage(), subject, entry,
                    existing.getReference());
            return record(messageId, sender, subject, InboundMail.Outcome.NEW_CASE, followUp.getReference(),
                    "follows closed case " + existing.getReference());
        }
        AssistanceCase created = cases.open(name(from), sender, Topic.OTHER, "sl", subject, entry, null);
        return record(messageId, sender, subject, InboundMail.Outcome.NEW_CASE, created.getReference(), null);
    }

    /** A message that cannot be read is recorded (once) so that staff can look at it in the mailbox. */
    @Transactional
    public void malformed(Message message, Exception problem) {
        String messageId;
        try {
            messageId = messageId(message, raw(message));
        } catch (Exception e) {
            messageId = "<unreadable-" + System.nanoTime() + "@asociacija.invalid>";
        }
        if (!inbound.existsById(messageId)) {
            record(messageId, null, null, InboundMail.Outcome.MALFORMED, null, problem.toString());
        }
    }

    private InboundMail.Outcome record(String messageId, String sender, String subject, InboundMail.Outcome outcome,
                                       String reference, String detail) {
        inbound.save(new InboundMail(messageId, Instant.now(), sender, subject, outcome, reference, detail));
        log.info("Inbound mail {} from {}: {}{}", messageId, sender, outcome, reference == null ? "" : " " + reference);
        return outcome;
    }

    private Optional<AssistanceCase> thread(Message message, String subject) throws MessagingException {
        if (subject != null) {
            Matcher reference = REFERENCE.matcher(subject);
            while (reference.find()) {
                Optional<AssistanceCase> found = caseRepository.findByReference(reference.group());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        List<String> ids = new ArrayList<>();
        for (String header : new String[] {"In-Reply-To", "References"}) {
            String[] values = message.getHeader(header);
            if (values != null) {
                for (String value : values) {
                    Matcher id = MESSAGE_ID.matcher(value);
                    while (id.find()) {
                        ids.add(id.group());
                    }
                }
            }
        }
        for (String id : ids) {
            Optional<AssistanceCase> ours = mail.referenceOf(id).flatMap(caseRepository::findByReference);
            if (ours.isPresent()) {
                return ours;
            }
        }
        return ids.isEmpty() ? Optional.empty() : caseRepository.findByMessageIds(ids).stream().findFirst();
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

    private static InternetAddress sender(Message message) throws MessagingException {
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

    private static String messageId(Message message, byte[] raw) throws MessagingException {
        String id = header(message, "Message-ID");
        if (id != null && !id.isBlank()) {
            return id.trim().substring(0, Math.min(id.trim().length(), 300));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
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

    /** The readable text: the first text/plain part, else the first HTML part without its markup. */
    private static String text(Part part) throws MessagingException, IOException {
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

    private static List<CaseAttachment> attachments(Part part) throws MessagingException, IOException {
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
