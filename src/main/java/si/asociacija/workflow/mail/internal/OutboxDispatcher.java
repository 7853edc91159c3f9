package si.asociacija.workflow.mail.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Exchange;
import org.apache.camel.attachment.AttachmentMessage;
import org.apache.camel.component.mail.MailConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.activation.DataHandler;
import jakarta.mail.util.ByteArrayDataSource;

/** The steps of the outbox route: claim due messages, turn one into a mail, record the result. */
@Component
class OutboxDispatcher {

    static final String OUTBOX_ID = "outboxId";
    static final String CLAIM_TOKEN = "outboxClaimToken";
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** Claims this node is sending right now; renewed until sent or failed. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    private final OutboxMessageRepository messages;
    private final OutboxProperties properties;
    private final String from;
    private final MailIncidents incidents;

    OutboxDispatcher(OutboxMessageRepository messages, OutboxProperties properties, MailIncidents incidents,
                     @Value("${asociacija.mail-from}") String from) {
        this.messages = messages;
        this.incidents = incidents;
        this.properties = properties;
        this.from = from;
    }

    /** Messages that are due, oldest first; each is claimed just before it is sent. */
    @Transactional
    public List<Long> due() {
        Instant now = Instant.now();
        int released = messages.releaseStale(now.minus(properties.claimLease()));
        if (released > 0) {
            log.warn("{} message(s) left in sending by a stopped node are queued again", released);
        }
        return messages.findDue(now, Limit.of(properties.batchSize()));
    }

    /** Claims one message for this node; false when another node was first. */
    @Transactional
    public boolean claim(Exchange exchange) {
        Long id = exchange.getMessage().getBody(Long.class);
        String token = UUID.randomUUID().toString();
        if (messages.claim(id, token, Instant.now()) != 1) {
            return false;
        }
        inFlight.add(token);
        exchange.setProperty(OUTBOX_ID, id);
        exchange.setProperty(CLAIM_TOKEN, token);
        return true;
    }

    /**
     * Renews the claims this node still holds (every third of the lease), so a slow send on a live
     * node is never taken over; the claims of a node that died lapse after the lease and are sent again.
     */
    @Transactional
    public void renewClaims() {
        if (!inFlight.isEmpty()) {
            messages.renewClaims(List.copyOf(inFlight), Instant.now());
        }
    }

    @Transactional(readOnly = true)
    public void prepare(Exchange exchange) {
        Long id = exchange.getProperty(OUTBOX_ID, Long.class);
        OutboxMessage message = messages.findById(id).orElseThrow();
        exchange.getMessage().setHeader("To", message.getRecipient());
        exchange.getMessage().setHeader("From", from);
        exchange.getMessage().setHeader("Subject", message.getSubject());
        exchange.getMessage().setHeader("Message-ID", message.getMessageId());
        if (message.getInReplyTo() != null) {
            exchange.getMessage().setHeader("In-Reply-To", message.getInReplyTo());
            exchange.getMessage().setHeader("References", message.getInReplyTo());
        }
        if (message.isAutoSubmitted()) {
            // RFC 3834: automatic mail, so that auto-responders do not answer it (no mail loops)
            exchange.getMessage().setHeader("Auto-Submitted", "auto-generated");
        }
        if (message.getReplyTo() != null) {
            exchange.getMessage().setHeader("Reply-To", message.getReplyTo());
        }
        exchange.getMessage().setBody(message.getBody());
        exchange.getMessage().setHeader(MailConstants.MAIL_ALTERNATIVE_BODY, PlainText.of(message.getBody()));
        message.attachment().ifPresent(file -> exchange.getMessage(AttachmentMessage.class).addAttachment(file.filename(),
                new DataHandler(new ByteArrayDataSource(file.content(), file.contentType()))));
    }

    @Transactional
    public void sent(Exchange exchange) {
        claimed(exchange).ifPresent(message -> {
            message.sent(Instant.now());
            log.info("Mail {} for {} sent to {}", message.getTemplate(), message.getReference(), message.getRecipient());
        });
    }

    @Transactional
    public void failed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String error = cause == null ? "unknown error" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        claimed(exchange).ifPresent(message -> {
            message.failed(error, Instant.now(), properties.maxAttempts(), properties.firstRetryDelay(), properties.maxRetryDelay());
            if (message.getStatus() == OutboxMessage.Status.FAILED) {
                log.error("Mail {} for {} to {} FAILED after {} attempts, staff must act: {}", message.getTemplate(),
                        message.getReference(), message.getRecipient(), message.getAttempts(), error);
                incidents.raise(message);
            } else {
                log.warn("Mail {} for {} not sent (attempt {}), next try at {}: {}", message.getTemplate(),
                        message.getReference(), message.getAttempts(), message.getNextAttemptAt(), error);
            }
        });
    }

    private Optional<OutboxMessage> claimed(Exchange exchange) {
        Long id = exchange.getProperty(OUTBOX_ID, Long.class);
        String token = exchange.getProperty(CLAIM_TOKEN, String.class);
        inFlight.remove(token);
        Optional<OutboxMessage> message = messages.findById(id).filter(m -> m.claimedBy(token));
        if (message.isEmpty()) {
            log.warn("Mail {}: claim {} expired before the result was recorded; it will be retried", id, token);
        }
        return message;
    }
}
