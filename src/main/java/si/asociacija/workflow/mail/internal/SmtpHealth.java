package si.asociacija.workflow.mail.internal;

import java.util.Properties;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import jakarta.mail.Session;
import jakarta.mail.Transport;

/**
 * Health {@code smtp}: whether the SMTP server the outbox sends through accepts a connection (and the
 * login, when one is configured). Down while it does not; the outbox keeps the mail and retries.
 */
@Component("smtpHealthIndicator")
class SmtpHealth extends AbstractHealthIndicator {

    private static final String TIMEOUT_MILLIS = "5000";

    private final MailServerSettings settings;

    SmtpHealth(MailServerSettings settings) {
        super("SMTP server not reachable");
        this.settings = settings;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) throws Exception {
        MailServerSettings.SmtpServer server = settings.server();
        health.withDetail("server", server.host() + ":" + server.port());
        String prefix = "mail." + server.protocol() + ".";
        boolean login = StringUtils.hasText(server.username());
        Properties properties = new Properties();
        properties.setProperty(prefix + "connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty(prefix + "timeout", TIMEOUT_MILLIS);
        properties.setProperty(prefix + "starttls.enable", Boolean.toString(server.startTls()));
        properties.setProperty(prefix + "auth", Boolean.toString(login));
        try (Transport transport = Session.getInstance(properties).getTransport(server.protocol())) {
            transport.connect(server.host(), server.port(), login ? server.username() : null, login ? server.password() : null);
        }
        health.up();
    }
}
