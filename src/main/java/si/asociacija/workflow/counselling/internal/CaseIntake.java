package si.asociacija.workflow.counselling.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Execution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.shared.ReferenceNumbers;
import si.asociacija.workflow.shared.Texts;
import si.asociacija.workflow.shared.Tokens;
import si.asociacija.workflow.shared.WorkingDays;

/** What a client sends (form, email, status page) becomes a case or joins its thread. */
@Service
@Transactional
public class CaseIntake {

    static final String PROCESS_KEY = "assistance-case";
    static final String MESSAGE_CLIENT_REPLIED = "ClientReplied";
    /** More new cases than this from one address within an hour get no acknowledgement. */
    static final int ACKNOWLEDGEMENTS_PER_HOUR = 5;
    private static final Logger log = LoggerFactory.getLogger(CaseIntake.class);

    private final AssistanceCaseRepository cases;
    private final ReferenceNumbers referenceNumbers;
    private final WorkingDays workingDays;
    private final ClientMail clientMail;
    private final RuntimeService runtimeService;
    private final CounsellingSettings settings;
    private final Texts texts;
    private final CaseTaskTexts taskTexts;
    private final ApplicationEventPublisher events;

    CaseIntake(AssistanceCaseRepository cases, ReferenceNumbers referenceNumbers, WorkingDays workingDays,
               ClientMail clientMail, RuntimeService runtimeService, CounsellingSettings settings, Texts texts,
               CaseTaskTexts taskTexts, ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.referenceNumbers = referenceNumbers;
        this.workingDays = workingDays;
        this.clientMail = clientMail;
        this.runtimeService = runtimeService;
        this.settings = settings;
        this.texts = texts;
        this.taskTexts = taskTexts;
    }

    /** A client's first message (form or email) becomes a case: stored, acknowledged and put into the process. */
    public AssistanceCase open(String name, String email, Topic topic, String language, String subject, CaseMessage first,
                        String previousReference) {
        Instant now = now();
        String reference = referenceNumbers.next("SC", "SC-%d-%04d");
        AssistanceCase assistanceCase = new AssistanceCase(reference, Tokens.newToken(), cut(name, 200), email, topic,
                language, cut(subject, 300), previousReference, now, workingDays.plusWorkingDays(now, settings.firstResponseDays(topic)),
                workingDays.plusWorkingDays(now, settings.resolutionDays(topic)));
        assistanceCase.add(first);
        long recent = cases.countByEmailIgnoreCaseAndReceivedAtAfter(email, now.minus(Duration.ofHours(1)));
        cases.save(assistanceCase);
        if (recent < ACKNOWLEDGEMENTS_PER_HOUR) {
            Map<String, Object> model = new HashMap<>();
            model.put("topicLabel", topic == Topic.OTHER ? null : texts.label(topic, language));
            model.put("previousReference", previousReference);
            model.put("firstResponseDays", settings.firstResponseDays(topic));
            clientMail.send(assistanceCase, "case-received", model, first.getMessageId());
        } else {
            // an address opening case after case (a loop with an auto-responder, or abuse): no more acknowledgements
            log.warn("Case {} from {}: {} cases in the last hour, no acknowledgement sent", reference, email, recent);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseSummary", taskTexts.summary(assistanceCase));
        variables.put("thread", taskTexts.thread(assistanceCase));
        variables.put("firstResponseDue", Date.from(assistanceCase.getFirstResponseDue()));
        variables.put("resolutionDue", Date.from(assistanceCase.getResolutionDue()));
        variables.put("topic", topic.name());
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, reference, variables);
        events.publishEvent(Audited.of(SubjectType.CASE, reference, "opened",
                "topic " + topic + (previousReference == null ? "" : ", follows " + previousReference)).by(Audited.CLIENT));
        log.info("Assistance case {} opened ({})", reference, topic);
        return assistanceCase;
    }

    /**
     * A client's further message (email or status page): added to the thread; a case waiting for the
     * client goes back to the counsellor, a case closed within the reopen window is reopened.
     * Returns false when the case's process has ended (too late to reopen).
     */
    public boolean addClientMessage(AssistanceCase assistanceCase, CaseMessage message) {
        String instance = processInstance(assistanceCase.getReference());
        if (instance == null) {
            return false;
        }
        assistanceCase.add(message);
        if (assistanceCase.getStatus() == CaseState.WAITING_FOR_CLIENT) {
            assistanceCase.state(CaseState.IN_PROGRESS);
        }
        cases.flush();
        runtimeService.setVariable(instance, "thread", taskTexts.thread(assistanceCase));
        boolean waiting = !runtimeService.createExecutionQuery().processInstanceId(instance)
                .messageEventSubscriptionName(MESSAGE_CLIENT_REPLIED).list().isEmpty();
        if (waiting) {
            runtimeService.createMessageCorrelation(MESSAGE_CLIENT_REPLIED).processInstanceId(instance).correlate();
        }
        return true;
    }

    public String processInstance(String reference) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(reference).list().stream().map(Execution::getId).findFirst().orElse(null);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
