package si.asociacija.workflow.fuzz;

import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.test.util.TestSocketUtils;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The life of the fuzz classes' own context. They share one (the configuration of {@link FuzzTestBase}):
 * it stays open while they run one after another and is closed, with its SMTP server, as soon as any
 * other test class starts, before that class's context is used; so its job executor and mail outbox
 * never take work from the shared context of the other tests, and it starts once for all fuzz classes.
 *
 * <p>Registered for every test class (META-INF/spring.factories), first of the listeners.
 */
public final class FuzzContext extends AbstractTestExecutionListener {

    private static GreenMail smtp;
    /** The test context of the fuzz class that ran last, while the fuzz classes' context is open. */
    private static TestContext open;

    /** The port of the fuzz context's own SMTP server, started when the context reads it. */
    static synchronized int smtpPort() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        return smtp.getSmtp().getPort();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Before the instance gets its context: for a class with one instance for all its tests, before {@link #beforeTestClass}. */
    @Override
    public void prepareTestInstance(TestContext testContext) {
        enter(testContext);
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        enter(testContext);
    }

    private static synchronized void enter(TestContext testContext) {
        if (FuzzTestBase.class.isAssignableFrom(testContext.getTestClass())) {
            open = testContext;
        } else if (open != null) {
            open.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
            open = null;
            if (smtp != null) {
                smtp.stop();
                smtp = null;
            }
        }
    }
}
