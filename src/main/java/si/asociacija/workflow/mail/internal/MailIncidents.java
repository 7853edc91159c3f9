package si.asociacija.workflow.mail.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.Texts;

/**
 * A message whose attempts ran out shows as an incident in Cockpit on the running case it belongs to
 * (the process instance whose business key is the message's reference); a retry resolves it.
 */
@Component
class MailIncidents {

    static final String TYPE = "mailDelivery";
    /** Cockpit shows one message per incident: the office's language. */
    private static final String LANGUAGE = "sl";

    private final RuntimeService runtimeService;
    private final Texts texts;

    MailIncidents(RuntimeService runtimeService, Texts texts) {
        this.runtimeService = runtimeService;
        this.texts = texts;
    }

    void raise(OutboxMessage message) {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(message.getReference()).active()
                .rootProcessInstances().orderByProcessInstanceId().asc().list().stream()
                .findFirst()
                .map(instance -> waitingExecution(runtimeService.getActivityInstance(instance.getId())))
                .ifPresent(executionId -> runtimeService.createIncident(TYPE, executionId, configuration(message),
                        texts.text("mail.incident", LANGUAGE, message.getTemplate(), message.getRecipient(),
                                message.getAttempts(), message.getLastError(), String.valueOf(message.getId()))));
    }

    /** The execution of the first activity the case waits in (an incident belongs to an activity). */
    private static String waitingExecution(ActivityInstance activity) {
        if (activity.getChildActivityInstances().length > 0) {
            return waitingExecution(activity.getChildActivityInstances()[0]);
        }
        return activity.getExecutionIds()[0];
    }

    void resolve(OutboxMessage message) {
        runtimeService.createIncidentQuery().incidentType(TYPE).configuration(configuration(message)).list()
                .forEach(incident -> runtimeService.resolveIncident(incident.getId()));
    }

    private static String configuration(OutboxMessage message) {
        return "outbox:" + message.getId();
    }
}
