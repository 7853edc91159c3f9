package si.asociacija.workflow.mail.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.privacy.Erasure;
import si.asociacija.workflow.privacy.PersonalData;
import si.asociacija.workflow.privacy.PersonalDataExport;

/**
 * Every mail the product sent, or is sending, to the person: as they received it. Anonymised on request
 * (not while one is still being sent), and with the records they were about.
 */
@Component
class MailPersonalData implements PersonalData {

    record MailView(String messageId, String reference, String template, String subject, String body, String status,
            Instant createdAt, Instant sentAt, String attachment) {
    }

    static final String MAILS = "mail/messages";

    private final OutboxMessageRepository messages;
    private final OutboxAnonymiser anonymiser;

    MailPersonalData(OutboxMessageRepository messages, OutboxAnonymiser anonymiser) {
        this.messages = messages;
        this.anonymiser = anonymiser;
    }

    @Override
    public void export(String email, PersonalDataExport export) {
        List<MailView> mails = new ArrayList<>();
        for (OutboxMessage m : messages.findByRecipientIgnoreCaseOrderById(email)) {
            String attachment = m.attachment().map(file -> {
                String path = "mail/attachments/" + m.getId() + "-" + file.filename();
                export.file(path, file.contentType(), file.content());
                return path;
            }).orElse(null);
            mails.add(new MailView(m.getMessageId(), m.getReference(), m.getTemplate(), m.getSubject(), m.getBody(),
                    m.getStatus().name(), m.getCreatedAt(), m.getSentAt(), attachment));
        }
        export.document("mail/sent-to-you.json", mails);
    }

    @Override
    public List<String> erasureRefusals(String email) {
        return anonymiser.pendingTo(email).stream().map(id -> "A mail to them (" + id + ") is still being sent.").toList();
    }

    @Override
    public void erase(String email, Erasure erasure) {
        anonymiser.doneTo(email).forEach(id -> anonymise(id, erasure));
    }

    @Override
    public void anonymiseAbout(Set<String> references, Erasure erasure) {
        anonymiser.doneAbout(references).forEach(id -> anonymise(id, erasure));
    }

    private void anonymise(String messageId, Erasure erasure) {
        anonymiser.anonymise(messageId, erasure.now());
        erasure.anonymised(MAILS, messageId, false);
    }
}
