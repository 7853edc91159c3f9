package si.asociacija.workflow.counselling.internal.mailbox;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailConstants;
import org.apache.camel.component.mail.MailMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;

import si.asociacija.workflow.shared.ClusterLease;
import si.asociacija.workflow.shared.LeasedPolling;

/**
 * Reads the assistance mailbox over IMAP (in the demo: the embedded mail server's mailbox
 * {@code asociacija.counselling.mailbox}). Each message is handled once and then moved to the folder
 * {@code Processed}; one that cannot be read is recorded once, moved to the folder {@code Malformed} and
 * never blocks the rest. In a cluster one node reads it at a time ({@link ClusterLease}).
 */
@Component
class AssistanceMailboxRoute extends RouteBuilder {

    static final String MALFORMED_FOLDER = "Malformed";
    static final String PROCESSED_FOLDER = "Processed";
    /** One node of a cluster reads the mailbox at a time. */
    private static final String POLLING = "assistanceMailboxPolling";
    private static final int MAX_ATTEMPTS = 5;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private static final Logger log = LoggerFactory.getLogger(AssistanceMailboxRoute.class);

    private final InboundMailReader reader;
    private final InboundMailProcessor processor;
    private final AssistanceMailbox mailbox;
    private final Environment env;
    private final ClusterLease lease;

    AssistanceMailboxRoute(InboundMailReader reader, InboundMailProcessor processor, AssistanceMailbox mailbox, Environment env,
                           ClusterLease lease) {
        this.lease = lease;
        this.reader = reader;
        this.processor = processor;
        this.mailbox = mailbox;
        this.env = env;
    }

    @Override
    public void configure() {
        String uri = mailboxUri();
        if (uri == null) {
            log.info("No assistance mailbox configured (asociacija.counselling.imap.host): email intake is off");
            return;
        }
        getCamelContext().getRegistry().bind(POLLING, new LeasedPolling(lease, "assistance-mailbox"));
        from(uri + "&pollStrategy=#" + POLLING).routeId("assistance-mailbox").process(this::handle);
    }

    private void handle(Exchange exchange) throws Exception {
        Message message = exchange.getIn(MailMessage.class).getMessage();
        // the route reads the message itself: Camel must not map its headers (an unreadable header
        // would then fail the move to 'Processed' and leave the message in the inbox for ever)
        exchange.getIn().setHeaders(new HashMap<>());
        InboundMailReader.ParsedMail mail;
        try {
            mail = reader.parse(message);
        } catch (FolderClosedException | StoreClosedException connection) {
            throw connection; // the connection, not the message: try again at the next poll
        } catch (MessageRemovedException taken) {
            // another reader moved it while this one read it (a node that was stopping finished its last
            // messages): it is handled there, and is neither unreadable nor this node's to record
            log.info("Inbound mail {} was taken by another reader meanwhile", message.getMessageNumber());
            return;
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            processor.setAside(reader.idOf(message), null, null, unreadable);
            moveAside(exchange);
            return;
        }
        try {
            processor.receive(mail);
            failures.remove(mail.messageId());
        } catch (RuntimeException failed) {
            int attempts = failures.merge(mail.messageId(), 1, Integer::sum);
            if (attempts < MAX_ATTEMPTS) {
                log.warn("Inbound mail {} not processed (attempt {} of {}), trying again: {}", mail.messageId(), attempts,
                        MAX_ATTEMPTS, failed.toString());
                throw failed; // left unseen: the next poll tries again
            }
            failures.remove(mail.messageId());
            processor.setAside(mail.messageId(), mail.sender(), mail.subject(), failed);
            moveAside(exchange);
        }
    }

    /** The message goes to 'Malformed' instead of 'Processed': moved (copied and flagged deleted) once, by Camel. */
    private static void moveAside(Exchange exchange) {
        exchange.getIn().setHeader(MailConstants.MAIL_MOVE_TO, MALFORMED_FOLDER);
    }

    private String mailboxUri() {
        AssistanceMailbox.Server server = mailbox.server().orElse(null);
        if (server == null) {
            return null;
        }
        return server.protocol() + "://" + server.host() + ":" + server.port()
                + "?username=" + URLEncoder.encode(server.username(), StandardCharsets.UTF_8)
                + "&password=RAW(" + server.password() + ")"
                + "&folderName=" + URLEncoder.encode(server.folder(), StandardCharsets.UTF_8)
                // every message in the folder is new: handled ones move to 'Processed' (whether staff read them or not)
                + "&unseen=false&peek=true&delete=false&moveTo=" + PROCESSED_FOLDER + "&mapMailMessage=false"
                + "&initialDelay=2000&delay=" + env.getProperty("asociacija.counselling.imap.poll-interval", "5000")
                // connecting and each read at most 10 s; at most 20 messages a poll, so one slow message
                // never holds up the rest for long
                + "&connectionTimeout=10000&fetchSize=20";
    }
}
