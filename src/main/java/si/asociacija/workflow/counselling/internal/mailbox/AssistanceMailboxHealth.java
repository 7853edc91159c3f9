package si.asociacija.workflow.counselling.internal.mailbox;

import java.util.Properties;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * Health {@code assistanceMailbox}: whether the IMAP mailbox the intake reads accepts the login and has
 * its folder, with how many messages wait there. Unknown when no mailbox is configured (intake off).
 */
@Component("assistanceMailboxHealthIndicator")
class AssistanceMailboxHealth extends AbstractHealthIndicator {

    private static final String TIMEOUT_MILLIS = "5000";

    private final AssistanceMailbox mailbox;

    AssistanceMailboxHealth(AssistanceMailbox mailbox) {
        super("Assistance mailbox not reachable");
        this.mailbox = mailbox;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) throws Exception {
        AssistanceMailbox.Server server = mailbox.server().orElse(null);
        if (server == null) {
            health.unknown().withDetail("intake", "off: no mailbox configured");
            return;
        }
        health.withDetail("server", server.host() + ":" + server.port()).withDetail("folder", server.folder());
        String prefix = "mail." + server.protocol() + ".";
        Properties properties = new Properties();
        properties.setProperty(prefix + "connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty(prefix + "timeout", TIMEOUT_MILLIS);
        try (Store store = Session.getInstance(properties).getStore(server.protocol())) {
            store.connect(server.host(), server.port(), server.username(), server.password());
            Folder folder = store.getFolder(server.folder());
            if (!folder.exists()) {
                health.down().withDetail("error", "no such folder");
                return;
            }
            health.up().withDetail("waiting", folder.getMessageCount());
        }
    }
}
