package si.asociacija.workflow;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * What a module test (Spring Modulith's {@code @ApplicationModuleTest} on the test class, in the
 * module's package) shares: the test profiles and mail ports of its own. The context is closed after
 * the class, so its engine and routes never work beside another test's.
 */
@ActiveProfiles({"demo", "test"})
@DirtiesContext
public abstract class ModuleTest {

    private static final int SMTP_PORT = TestSocketUtils.findAvailableTcpPort();
    private static final int IMAP_PORT = TestSocketUtils.findAvailableTcpPort();

    @DynamicPropertySource
    static void mailPorts(DynamicPropertyRegistry registry) {
        registry.add("asociacija.mail.embedded.smtp-port", () -> SMTP_PORT);
        registry.add("asociacija.mail.embedded.imap-port", () -> IMAP_PORT);
    }
}
