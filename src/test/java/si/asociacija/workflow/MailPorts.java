package si.asociacija.workflow;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.util.TestSocketUtils;

/** Free ports for the embedded mail server of one test context, so contexts side by side never clash. */
public record MailPorts(int smtp, int imap) {

    public static MailPorts free() {
        return new MailPorts(TestSocketUtils.findAvailableTcpPort(), TestSocketUtils.findAvailableTcpPort());
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("asociacija.mail.embedded.smtp-port", this::smtp);
        registry.add("asociacija.mail.embedded.imap-port", this::imap);
    }
}
