package si.asociacija.workflow;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import si.asociacija.workflow.mail.MailOutbox;
import si.asociacija.workflow.mail.OutboxEntry;

/**
 * The whole application as it runs (demo accounts, embedded mail server on free ports, the
 * database from the test profile or SPRING_DATASOURCE_URL). One context, shared by all test classes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
public abstract class WorkflowTest {

    private static final MailPorts MAIL_PORTS = MailPorts.free();

    @DynamicPropertySource
    static void mailPorts(DynamicPropertyRegistry registry) {
        MAIL_PORTS.register(registry);
        RegisterServer.register(registry);
        AdvocacySourcesServer.register(registry);
    }

    @Autowired
    protected ProcessEngine processEngine;

    @Autowired
    protected MailOutbox outbox;

    /**
     * The engine REST API finds its engine by name in a static registry, where a context of another test
     * class (a module test, one with other limits) may have replaced or removed it when it closed; the
     * webapps' runtime is static too.
     */
    @BeforeEach
    void initProcessAssertions() {
        ProcessEngines.registerProcessEngine(processEngine);
        BpmnAwareTests.init(processEngine);
        WebappRuntime.restore();
    }

    /** Waits until the job executor has run every job that is due in this process instance. */
    protected void awaitJobs(String processInstanceId) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                processEngine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
                        .executable().count() == 0);
    }

    /** The templates of the mails queued about one case, in order. */
    protected List<String> mailTemplates(String reference) {
        return outbox.messagesFor(reference).stream().map(OutboxEntry::template).toList();
    }

    /** The templates of the mails queued about one case to one recipient, in order. */
    protected List<String> mailTemplatesTo(String reference, String recipient) {
        return outbox.messagesFor(reference).stream()
                .filter(m -> m.recipient().equalsIgnoreCase(recipient))
                .map(OutboxEntry::template).toList();
    }
}
