package si.asociacija.workflow.mail.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Where outgoing mail goes: the configured SMTP server, or the embedded one when none is configured. */
@Component
class MailServerSettings {

    /** The SMTP server: {@code protocol} is {@code smtp} or {@code smtps}; no user name, no login. */
    record SmtpServer(String protocol, String host, int port, String username, String password, boolean startTls) {
    }

    private final Environment env;

    MailServerSettings(Environment env) {
        this.env = env;
    }

    boolean embedded() {
        return !StringUtils.hasText(env.getProperty("spring.mail.host"));
    }

    /** The SMTP server; outside the demo profile an SMTP host must be configured, or mail would be lost. */
    SmtpServer server() {
        if (embedded() && !env.matchesProfiles("demo")) {
            throw new IllegalStateException("No SMTP server configured: set SPRING_MAIL_HOST (and SPRING_MAIL_PORT, "
                    + "SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD). The embedded mail server runs only in the demo profile.");
        }
        String host = embedded() ? "127.0.0.1" : env.getProperty("spring.mail.host");
        int port = embedded()
                ? env.getRequiredProperty("asociacija.mail.embedded.smtp-port", Integer.class)
                : env.getProperty("spring.mail.port", Integer.class, 25);
        return new SmtpServer(env.getProperty("spring.mail.protocol", "smtp"), host, port,
                env.getProperty("spring.mail.username"), env.getProperty("spring.mail.password", ""),
                env.getProperty("spring.mail.properties.mail.smtp.starttls.enable", Boolean.class, false));
    }

    /** The Camel SMTP endpoint of {@link #server()}. */
    String smtpUri() {
        SmtpServer server = server();
        StringBuilder uri = new StringBuilder(server.protocol()).append("://").append(server.host()).append(':').append(server.port())
                .append("?contentType=").append(encode("text/html; charset=UTF-8"))
                // connection and each read at most 10 s, each write too: a send never hangs
                .append("&connectionTimeout=10000&mail.smtp.writetimeout=10000");
        if (StringUtils.hasText(server.username())) {
            uri.append("&username=").append(encode(server.username()))
                    .append("&password=RAW(").append(server.password()).append(')');
        }
        if (server.startTls()) {
            uri.append("&mail.smtp.starttls.enable=true");
        }
        return uri.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
