package si.asociacija.workflow;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a module test (Spring Modulith's {@code @ApplicationModuleTest} on the test class, in the
 * module's package) shares: the test profiles and mail ports of its own. The context is closed after
 * the class, so its engine and routes never work beside another test's.
 */
@ActiveProfiles({"demo", "test"})
@DirtiesContext
public abstract class ModuleTest {

    private static final MailPorts MAIL_PORTS = MailPorts.free();

    @DynamicPropertySource
    static void mailPorts(DynamicPropertyRegistry registry) {
        MAIL_PORTS.register(registry);
    }
}
