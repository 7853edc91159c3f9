package si.asociacija.workflow.advocacy.internal.watch;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import si.asociacija.workflow.identity.Groups;
import si.asociacija.workflow.mail.MailOutbox;
import si.asociacija.workflow.mail.OutgoingMail;
import si.asociacija.workflow.portal.PublicLinks;
import si.asociacija.workflow.shared.ReferenceNumbers;
import si.asociacija.workflow.shared.TaskText;
import si.asociacija.workflow.shared.Texts;

/**
 * A watched source that cannot be read is never silent: it opens process {@value #PROCESS_KEY} (business key
 * {@code VIR-<source>}), whose staff task carries the reason as an incident in Cockpit until it is completed, and
 * every staff member with an email address is told. While one is open for a source, its next failures open none.
 * The steps of {@code processes/advocacy-source-failure.bpmn} ({@code ${advocacySourceFailure.…}}).
 */
@Component("advocacySourceFailure")
public class SourceFailures {

    static final String PROCESS_KEY = "advocacy-source-failure";
    static final String INCIDENT_TYPE = "advocacySource";
    static final String PREFIX = "VIR-";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d. M. yyyy HH:mm").withZone(ReferenceNumbers.ZONE);
    /** The longest reason kept (a process variable holds at most 4000 characters). */
    private static final int MAX_REASON = 2000;
    /** The mail outbox's reference holds at most 50 characters. */
    private static final int MAX_MAIL_REFERENCE = 50;
    private static final Logger log = LoggerFactory.getLogger(SourceFailures.class);

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final MailOutbox mail;
    private final PublicLinks links;
    private final Texts texts;
    private final TransactionTemplate transaction;

    SourceFailures(RuntimeService runtime, IdentityService identity, MailOutbox mail, PublicLinks links, Texts texts,
                   PlatformTransactionManager transactionManager) {
        this.runtime = runtime;
        this.identity = identity;
        this.mail = mail;
        this.links = links;
        this.texts = texts;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The source could not be read: said to staff unless they already look into it; the poll's report says why. */
    PollReport failed(WatchedSource source, Throwable cause) {
        String reason = reason(cause);
        log.warn("Advocacy source {} ({}) could not be read: {}", source.name(), source.url(), reason);
        raise(source, reason);
        return PollReport.failed(source.name(), reason);
    }

    /** One open failure per source: checked and started under this node's lock (one node polls at a time). */
    private synchronized void raise(WatchedSource source, String reason) {
        String businessKey = PREFIX + source.name();
        if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(businessKey)
                .count() > 0) {
            log.info("Advocacy source {}: staff already look into an earlier failure ({})", source.name(), businessKey);
            return;
        }
        Date now = ClockUtil.getCurrentTime();
        transaction.executeWithoutResult(status -> {
            runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey, Map.of("sourceName", source.name(),
                    "sourceUrl", source.url(), "failedAt", now, "reason", reason));
            tellStaff(source, businessKey, now, reason);
        });
    }

    private void tellStaff(WatchedSource source, String businessKey, Date failedAt, String reason) {
        String reference = businessKey.length() <= MAX_MAIL_REFERENCE ? businessKey : businessKey.substring(0, MAX_MAIL_REFERENCE);
        for (User staff : identity.createUserQuery().memberOfGroup(Groups.STAFF).list()) {
            if (staff.getEmail() == null || staff.getEmail().isBlank()) {
                continue;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("reference", reference);
            model.put("source", source.name());
            model.put("url", source.url());
            model.put("failedAt", TIME.format(failedAt.toInstant()));
            model.put("reason", reason);
            model.put("tasklistUrl", links.tasklist());
            model.put("publicUrl", links.base());
            mail.enqueue(new OutgoingMail(staff.getEmail(), "advocacy-source-failed", "sl", reference, model));
        }
    }

    /** The task shows the failure; its reason becomes an incident on the task's execution. */
    public void opened(DelegateTask task) {
        Object[] facts = {task.getVariable("sourceName"), task.getVariable("sourceUrl"),
            TIME.format(((Date) task.getVariable("failedAt")).toInstant()), task.getVariable("reason")};
        task.setVariableLocal("sourceSummary", TaskText.head(texts.text("advocacy.watch.failed", "sl", facts) + "\n\n"
                + texts.text("advocacy.watch.failed", "en", facts)));
        runtime.createIncident(INCIDENT_TYPE, task.getExecutionId(), task.getExecution().getProcessBusinessKey(),
                texts.text("advocacy.watch.incident", "sl", facts));
    }

    public void resolved(DelegateTask task) {
        runtime.createIncidentQuery().executionId(task.getExecutionId()).incidentType(INCIDENT_TYPE).list()
                .forEach(incident -> runtime.resolveIncident(incident.getId()));
    }

    /** What went wrong, in a line: the exception's type and message (Camel's wrapper left out), no stack trace. */
    static String reason(Throwable cause) {
        while (cause instanceof CamelExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause == null) {
            return "unknown";
        }
        String message = cause.getMessage() == null || cause.getMessage().isBlank()
                ? cause.getClass().getSimpleName() : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        if (cause instanceof SourceLayoutChanged) {
            message = cause.getMessage();
        }
        String line = message.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON - 1) + "…";
    }
}
