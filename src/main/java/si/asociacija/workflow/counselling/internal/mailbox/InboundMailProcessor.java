package si.asociacija.workflow.counselling.internal.mailbox;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.counselling.CaseOutcome;
import si.asociacija.workflow.counselling.internal.AssistanceCase;
import si.asociacija.workflow.counselling.internal.AssistanceCaseRepository;
import si.asociacija.workflow.counselling.internal.CaseIntake;
import si.asociacija.workflow.counselling.internal.CaseMessage;
import si.asociacija.workflow.counselling.internal.CounsellingSettings;
import si.asociacija.workflow.counselling.internal.Topic;
import si.asociacija.workflow.counselling.internal.mailbox.InboundMailReader.ParsedMail;
import si.asociacija.workflow.mail.MailOutbox;
import si.asociacija.workflow.mail.OutgoingMail;

/**
 * Turns one read message of the assistance mailbox into a case or a reply on one: once per Message-ID,
 * threaded by the reference in the subject or by In-Reply-To/References, never answering automatic
 * mail, refusing messages over the size limit with a reply that says why.
 */
@Component
public class InboundMailProcessor {

    private static final Logger log = LoggerFactory.getLogger(InboundMailProcessor.class);

    private final InboundMailRepository inbound;
    private final AssistanceCaseRepository caseRepository;
    private final CaseIntake cases;
    private final MailOutbox mail;
    private final CounsellingSettings settings;

    InboundMailProcessor(InboundMailRepository inbound, AssistanceCaseRepository caseRepository, CaseIntake cases,
                         MailOutbox mail, CounsellingSettings settings) {
        this.inbound = inbound;
        this.caseRepository = caseRepository;
        this.cases = cases;
        this.mail = mail;
        this.settings = settings;
    }

    /**
     * Handles one read message, once: its Message-ID is claimed first, so a second node handling the
     * same message fails on the key and finds it done when it tries again. Returns what became of it.
     */
    @Transactional
    public InboundMail.Outcome receive(ParsedMail mail) {
        if (inbound.existsById(mail.messageId())) {
            log.info("Inbound mail {} was already processed; skipped", mail.messageId());
            return null;
        }
        InboundMail record = inbound.saveAndFlush(new InboundMail(mail.messageId(), Instant.now(), mail.sender(),
                mail.subject(), InboundMail.Outcome.PROCESSING, null, null));
        if (mail.automatic()) {
            return done(record, InboundMail.Outcome.IGNORED_AUTOMATIC, null, "automatic or undeliverable mail: no reply, no case");
        }
        Optional<AssistanceCase> thread = thread(mail).map(this::original);
        if (mail.size() > settings.maxMessageSize().toBytes()) {
            String reference = thread.map(AssistanceCase::getReference).orElse("");
            Map<String, Object> model = new HashMap<>();
            model.put("reference", reference);
            model.put("name", mail.personal());
            model.put("maxSize", settings.maxMessageSize().toMegabytes() + " MB");
            model.put("originalSubject", mail.subject());
            model.put("statusUrl", null);
            model.put("publicUrl", null);
            this.mail.enqueue(new OutgoingMail(mail.sender(), "case-message-too-large",
                    thread.map(AssistanceCase::getLanguage).orElse("sl"), reference, model,
                    mail.madeUpId() ? null : mail.messageId(), settings.mailbox()));
            return done(record, InboundMail.Outcome.REFUSED_TOO_LARGE, thread.map(AssistanceCase::getReference).orElse(null),
                    mail.size() + " bytes");
        }
        // a Message-ID we made up (the message had none) is for de-duplication only, never for threading
        CaseMessage entry = new CaseMessage(CaseMessage.Kind.IN, mail.sender(), mail.subject(), mail.text(),
                mail.madeUpId() ? null : mail.messageId(), Instant.now());
        mail.attachments().forEach(entry::attach);
        if (thread.isPresent()) {
            AssistanceCase existing = thread.get();
            boolean wasClosed = existing.isClosed();
            if (cases.addClientMessage(existing, entry)) {
                return done(record, wasClosed ? InboundMail.Outcome.REOPENED : InboundMail.Outcome.THREADED,
                        existing.getReference(), null);
            }
        }
        String previous = thread.map(AssistanceCase::getReference).orElse(previousBySubjectOnly(mail));
        AssistanceCase created = cases.open(mail.personal(), mail.sender(), Topic.OTHER,
                thread.map(AssistanceCase::getLanguage).orElse(mail.language()), mail.subject(), entry, previous);
        return done(record, InboundMail.Outcome.NEW_CASE, created.getReference(),
                previous == null ? null : "follows case " + previous);
    }

    /** A message that cannot be read, or keeps failing, is recorded (once) so that staff can look at it. */
    @Transactional
    public void setAside(String messageId, String sender, String subject, Exception problem) {
        if (inbound.existsById(messageId)) {
            return;
        }
        inbound.save(new InboundMail(messageId, Instant.now(), sender, subject, InboundMail.Outcome.MALFORMED, null,
                problem.toString()));
        log.warn("Inbound mail {} set aside in the folder 'Malformed': {}", messageId, problem.toString());
    }

    private InboundMail.Outcome done(InboundMail record, InboundMail.Outcome outcome, String reference, String detail) {
        record.done(outcome, reference, detail);
        log.info("Inbound mail {} from {}: {}{}", record.getMessageId(), record.getSender(), outcome,
                reference == null ? "" : " " + reference);
        return outcome;
    }

    /** A reply to a case closed as a duplicate belongs to the case it duplicates. */
    private AssistanceCase original(AssistanceCase c) {
        return c.getOutcome() == CaseOutcome.DUPLICATE && c.getDuplicateOf() != null
                ? caseRepository.findByReference(c.getDuplicateOf()).orElse(c) : c;
    }

    /** A reference in the subject from someone who is not the case's client only links a new case to it. */
    private String previousBySubjectOnly(ParsedMail mail) {
        return mail.subjectReferences().stream().filter(r -> caseRepository.findByReference(r).isPresent())
                .findFirst().orElse(null);
    }

    /**
     * The case a message belongs to: by a Message-ID of ours (or of the client's earlier mail) in
     * In-Reply-To/References, or by the reference in the subject when the sender is the case's client.
     */
    private Optional<AssistanceCase> thread(ParsedMail mail) {
        for (String id : mail.repliedTo()) {
            Optional<AssistanceCase> ours = this.mail.referenceOf(id).flatMap(caseRepository::findByReference);
            if (ours.isPresent()) {
                return ours;
            }
        }
        if (!mail.repliedTo().isEmpty()) {
            Optional<AssistanceCase> theirs = caseRepository.findByMessageIds(mail.repliedTo()).stream().findFirst();
            if (theirs.isPresent()) {
                return theirs;
            }
        }
        return mail.subjectReferences().stream()
                .map(caseRepository::findByReference).flatMap(Optional::stream)
                .filter(c -> c.getEmail().equalsIgnoreCase(mail.sender()))
                .findFirst();
    }

}
