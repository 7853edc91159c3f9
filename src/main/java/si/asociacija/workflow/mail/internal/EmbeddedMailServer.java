package si.asociacija.workflow.mail.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.util.List;

/**
 * The demo's mail server (GreenMail): SMTP and IMAP on localhost, accepting mail for any address;
 * each address's mailbox is readable over IMAP with the address as login and password.
 * Demo profile only, and not started when an SMTP host is configured.
 */
@Component
@Profile("demo")
@ConditionalOnExpression("'${spring.mail.host:}' == ''")
public class EmbeddedMailServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final int smtpPort;
    private final int imapPort;
    private final List<String> mailboxes;
    private volatile GreenMail greenMail;

    public EmbeddedMailServer(@Value("${asociacija.mail.embedded.smtp-port}") int smtpPort,
                       @Value("${asociacija.mail.embedded.imap-port}") int imapPort,
                       @Value("${asociacija.counselling.mailbox}") String assistanceMailbox) {
        this.mailboxes = List.of(assistanceMailbox);
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    private static final long STARTUP_TIMEOUT_MS = 15_000;

    @Override
    public synchronized void start() {
        if (greenMail != null) {
            return;
        }
        // a busy machine may take longer than GreenMail's default 2 s to open the ports
        ServerSetup smtp = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        smtp.setServerStartupTimeout(STARTUP_TIMEOUT_MS);
        imap.setServerStartupTimeout(STARTUP_TIMEOUT_MS);
        greenMail = new GreenMail(new ServerSetup[] {smtp, imap});
        greenMail.start();
        for (String mailbox : mailboxes) {
            greenMail.setUser(mailbox, mailbox, mailbox);
        }
        log.info("Embedded mail server: SMTP on localhost:{}, IMAP on localhost:{} (login and password: the address)", smtpPort, imapPort);
    }

    @Override
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    @Override
    public boolean isRunning() {
        return greenMail != null;
    }

    /** Starts before the rest of the application so the outbox finds it. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }

    /** The running server, for tests and tools; null while stopped. */
    public GreenMail greenMail() {
        return greenMail;
    }
}
