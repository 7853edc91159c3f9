package si.asociacija.workflow.mail.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.privacy.PersonalData;
import si.asociacija.workflow.privacy.PersonalDataExport;

/** Every mail the product sent, or is sending, to the person: as they received it. */
@Component
class MailPersonalData implements PersonalData {

    record MailView(String messageId, String reference, String template, String subject, String body, String status,
            Instant createdAt, Instant sentAt, String attachment) {
    }

    private final OutboxMessageRepository messages;

    MailPersonalData(OutboxMessageRepository messages) {
        this.messages = messages;
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
}
