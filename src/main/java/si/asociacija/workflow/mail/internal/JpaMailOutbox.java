package si.asociacija.workflow.mail.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.mail.MailOutbox;
import si.asociacija.workflow.mail.OutboxEntry;
import si.asociacija.workflow.mail.OutgoingMail;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;

@Service
class JpaMailOutbox implements MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(JpaMailOutbox.class);

    private final OutboxMessageRepository messages;
    private final MailTemplates templates;
    private final String domain;
    private final MailIncidents incidents;

    JpaMailOutbox(OutboxMessageRepository messages, MailTemplates templates, MailIncidents incidents,
                  @Value("${asociacija.mail-from}") String from) {
        this.messages = messages;
        this.incidents = incidents;
        this.templates = templates;
        this.domain = from.substring(from.indexOf('@') + 1);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String enqueue(OutgoingMail mail) {
        MailTemplates.Rendered rendered = templates.render(mail.template(), mail.language(), mail.model());
        String messageId = "<" + UUID.randomUUID() + "." + mail.reference().replaceAll("[^A-Za-z0-9-]", "-") + "@" + domain + ">";
        messages.save(new OutboxMessage(messageId, mail.to(), mail.template(), mail.reference(),
                rendered.subject(), rendered.html(), Instant.now()).threaded(mail.inReplyTo(), mail.replyTo(), rendered.automatic())
                .attached(mail.attachment()));
        log.info("Mail {} to {} queued for {}", mail.template(), mail.to(), mail.reference());
        return messageId;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutboxEntry> messagesFor(String reference) {
        return messages.entriesFor(reference);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutboxEntry> withStatus(String status, int limit) {
        OutboxMessage.Status wanted;
        try {
            wanted = OutboxMessage.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "must be PENDING, SENDING, SENT or FAILED");
        }
        return messages.entriesWithStatus(wanted, Limit.of(limit));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> referenceOf(String messageId) {
        return messages.findByMessageId(messageId).map(OutboxMessage::getReference);
    }

    @Override
    @Transactional
    public void retry(long id) {
        OutboxMessage message = messages.findById(id).orElseThrow(NotFoundException::new);
        if (message.getStatus() != OutboxMessage.Status.FAILED) {
            throw new ConflictException("Only a failed message can be retried");
        }
        if (message.getRecipient() == null) {
            throw new ConflictException("The message was anonymised: it cannot be sent any more");
        }
        message.retryNow(Instant.now());
        incidents.resolve(message);
    }
}
