package si.asociacija.workflow.counselling.internal.mailbox;

import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import si.asociacija.workflow.counselling.internal.CounsellingSettings;

/**
 * The assistance mailbox read over IMAP: the one configured ({@code asociacija.counselling.imap.*}), or in
 * the demo the embedded mail server's mailbox {@code asociacija.counselling.mailbox}; none when no host is set.
 */
@Component
class AssistanceMailbox {

    /** How to reach the mailbox: {@code protocol} is {@code imap} or {@code imaps}. */
    record Server(String protocol, String host, int port, String username, String password, String folder) {
    }

    private final Environment env;
    private final CounsellingSettings settings;

    AssistanceMailbox(Environment env, CounsellingSettings settings) {
        this.env = env;
        this.settings = settings;
    }

    Optional<Server> server() {
        String folder = env.getProperty("asociacija.counselling.imap.folder", "INBOX");
        boolean embedded = !StringUtils.hasText(env.getProperty("asociacija.counselling.imap.host")) && env.matchesProfiles("demo")
                && !StringUtils.hasText(env.getProperty("spring.mail.host"));
        if (embedded) {
            return Optional.of(new Server("imap", "127.0.0.1", env.getRequiredProperty("asociacija.mail.embedded.imap-port", Integer.class),
                    settings.mailbox(), settings.mailbox(), folder));
        }
        String host = env.getProperty("asociacija.counselling.imap.host", "");
        if (!StringUtils.hasText(host)) {
            return Optional.empty();
        }
        return Optional.of(new Server(env.getProperty("asociacija.counselling.imap.protocol", "imaps"), host,
                env.getProperty("asociacija.counselling.imap.port", Integer.class, 993),
                env.getProperty("asociacija.counselling.imap.username", ""),
                env.getProperty("asociacija.counselling.imap.password", ""), folder));
    }
}
