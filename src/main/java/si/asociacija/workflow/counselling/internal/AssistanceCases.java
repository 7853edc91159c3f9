package si.asociacija.workflow.counselling.internal;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Execution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.counselling.CaseClosed;
import si.asociacija.workflow.counselling.CaseOutcome;
import si.asociacija.workflow.mail.MailOutbox;
import si.asociacija.workflow.mail.OutgoingMail;
import si.asociacija.workflow.portal.PublicLinks;
import si.asociacija.workflow.shared.NotFoundException;
import si.asociacija.workflow.shared.ReferenceNumbers;
import si.asociacija.workflow.shared.Texts;
import si.asociacija.workflow.shared.Tokens;
import si.asociacija.workflow.shared.WorkingDays;

/** The rules of an assistance case; the process and the mail intake call these. */
@Service
@Transactional
class AssistanceCases {

    static final String PROCESS_KEY = "assistance-case";
    static final String MESSAGE_CLIENT_REPLIED = "ClientReplied";
    /** More new cases than this from one address within an hour get no acknowledgement. */
    static final int ACKNOWLEDGEMENTS_PER_HOUR = 5;
    private static final Logger log = LoggerFactory.getLogger(AssistanceCases.class);

    private final AssistanceCaseRepository cases;
    private final ReferenceNumbers referenceNumbers;
    private final WorkingDays workingDays;
    private final MailOutbox mail;
    private final PublicLinks links;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final CounsellingSettings settings;
    private final ApplicationEventPublisher events;
    private final Texts texts;
    private final CaseTaskTexts taskTexts;

    AssistanceCases(AssistanceCaseRepository cases, ReferenceNumbers referenceNumbers, WorkingDays workingDays,
                    MailOutbox mail, PublicLinks links, RuntimeService runtimeService, IdentityService identityService,
                    CounsellingSettings settings, ApplicationEventPublisher events, Texts texts, CaseTaskTexts taskTexts) {
        this.texts = texts;
        this.taskTexts = taskTexts;
        this.cases = cases;
        this.referenceNumbers = referenceNumbers;
        this.workingDays = workingDays;
        this.mail = mail;
        this.links = links;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.settings = settings;
        this.events = events;
    }

    /** A client's first message (form or email) becomes a case: stored, acknowledged and put into the process. */
    AssistanceCase open(String name, String email, Topic topic, String language, String subject, CaseMessage first,
                        String previousReference) {
        Instant now = now();
        String reference = referenceNumbers.next("SC", "SC-%d-%04d");
        AssistanceCase assistanceCase = new AssistanceCase(reference, Tokens.newToken(), cut(name, 200), email, topic,
                language, cut(subject, 300), previousReference, now, workingDays.plusWorkingDays(now, settings.firstResponseDays(topic)),
                workingDays.plusWorkingDays(now, settings.resolutionDays(topic)));
        assistanceCase.add(first);
        long recent = cases.countByEmailIgnoreCaseAndReceivedAtAfter(email, now.minus(java.time.Duration.ofHours(1)));
        cases.save(assistanceCase);
        if (recent < ACKNOWLEDGEMENTS_PER_HOUR) {
            Map<String, Object> model = new HashMap<>();
            model.put("topicLabel", topic == Topic.OTHER ? null : texts.label(topic, language));
            model.put("previousReference", previousReference);
            model.put("firstResponseDays", settings.firstResponseDays(topic));
            notifyClient(assistanceCase, "case-received", model, first.getMessageId());
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
        log.info("Assistance case {} opened ({})", reference, topic);
        return assistanceCase;
    }

    AssistanceCase byReference(String reference) {
        return cases.findByReference(reference).orElseThrow(NotFoundException::new);
    }

    /**
     * A client's further message (email or status page): added to the thread; a case waiting for the
     * client goes back to the counsellor, a case closed within the reopen window is reopened.
     * Returns false when the case's process has ended (too late to reopen).
     */
    boolean addClientMessage(AssistanceCase assistanceCase, CaseMessage message) {
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

    // --- process steps -------------------------------------------------------------------------

    void triage(String reference, String decision, String topic, String priority, String counsellor, String duplicateOf,
                String note, String staffUser) {
        AssistanceCase assistanceCase = byReference(reference);
        addNote(assistanceCase, note, staffUser);
        switch (decision == null ? "" : decision) {
            case "SPAM" -> {
                assistanceCase.closed(CaseOutcome.SPAM, now());
                published(assistanceCase);
            }
            case "DUPLICATE" -> {
                if (duplicateOf == null || cases.findByReference(duplicateOf.trim()).isEmpty()) {
                    throw new BadUserRequestException("duplicateOf: give the reference of the existing case (SC-YYYY-NNNN)");
                }
                addNote(assistanceCase, "Podvojeno s primerom / Duplicate of " + duplicateOf.trim(), staffUser);
                assistanceCase.duplicateOf(duplicateOf.trim(), now());
                published(assistanceCase);
            }
            case "ASSIGN" -> {
                if (!Topic.valid(topic)) {
                    throw new BadUserRequestException("topic: choose one of the topics");
                }
                AssistanceCase.Priority chosen;
                try {
                    chosen = AssistanceCase.Priority.valueOf(priority == null ? "NORMAL" : priority);
                } catch (IllegalArgumentException e) {
                    throw new BadUserRequestException("priority: LOW, NORMAL, HIGH or URGENT");
                }
                if (counsellor == null || identityService.createUserQuery().userId(counsellor.trim())
                        .memberOfGroup(settings.group()).count() == 0) {
                    throw new BadUserRequestException("counsellor: not a member of the group '" + settings.group() + "'");
                }
                assistanceCase.triaged(Topic.valueOf(topic), chosen, counsellor.trim());
            }
            default -> throw new BadUserRequestException("triageDecision: ASSIGN, SPAM or DUPLICATE");
        }
    }

    /** The counsellor's work on the case: the answer goes to the client, threaded; the note stays inside. */
    void recordWork(String reference, String answer, String note, String nextState, String counsellor) {
        AssistanceCase assistanceCase = byReference(reference);
        if (!List.of("WAIT", "OPEN", "RESOLVED").contains(nextState)) {
            throw new BadUserRequestException("nextState: WAIT, OPEN or RESOLVED");
        }
        if ("WAIT".equals(nextState) && (answer == null || answer.isBlank())) {
            throw new BadUserRequestException("answer: write to the client what you are waiting for");
        }
        if (answer != null && answer.length() > si.asociacija.workflow.shared.TaskText.MAX) {
            throw new BadUserRequestException("answer: at most " + si.asociacija.workflow.shared.TaskText.MAX + " characters");
        }
        addNote(assistanceCase, note, counsellor);
        if (answer != null && !answer.isBlank()) {
            Instant now = now();
            assistanceCase.add(new CaseMessage(CaseMessage.Kind.OUT, counsellor, null, answer.trim(), null, now));
            assistanceCase.answered(now);
            Map<String, Object> model = new HashMap<>();
            model.put("answer", answer.trim());
            model.put("counsellorName", si.asociacija.workflow.identity.People.displayName(identityService, counsellor));
            model.put("waitingForClient", "WAIT".equals(nextState));
            notifyClient(assistanceCase, "case-answer", model, assistanceCase.lastClientMessageId());
        }
        assistanceCase.state("WAIT".equals(nextState) ? CaseState.WAITING_FOR_CLIENT : CaseState.IN_PROGRESS);
    }

    /** When waiting for the client: the dates of the reminder and of closing by itself. */
    Map<String, Object> waitingDates() {
        Instant now = now();
        return Map.of("reminderAt", Date.from(workingDays.plusWorkingDays(now, settings.reminderAfterWorkingDays())),
                "autoCloseAt", Date.from(workingDays.plusWorkingDays(now, settings.closeAfterWorkingDays())));
    }

    void remindClient(String reference) {
        notifyClient(byReference(reference), "case-waiting-reminder",
                Map.of("closesAfterDays", settings.closeAfterWorkingDays()), null);
    }

    void closeWithoutReply(String reference) {
        AssistanceCase assistanceCase = byReference(reference);
        assistanceCase.closed(CaseOutcome.NO_REPLY, now());
        published(assistanceCase);
        notifyClient(assistanceCase, "case-auto-closed", Map.of(), null);
    }

    void resolve(String reference) {
        AssistanceCase assistanceCase = byReference(reference);
        assistanceCase.resolved(now());
        published(assistanceCase);
        notifyClient(assistanceCase, "case-resolved", Map.of(), null);
    }

    /** A case that was just closed is announced to the other capabilities. */
    private void published(AssistanceCase closed) {
        events.publishEvent(new CaseClosed(closed.getReference(), closed.getOutcome(), closed.getClosedAt()));
    }

    void reopen(String reference) {
        AssistanceCase assistanceCase = byReference(reference);
        assistanceCase.reopened();
        notifyClient(assistanceCase, "case-reopened", Map.of(), assistanceCase.lastClientMessageId());
    }

    /** The first response is overdue: marked, and the staff are told. */
    void firstResponseOverdue(String reference) {
        AssistanceCase assistanceCase = byReference(reference);
        if (assistanceCase.getFirstResponseAt() != null || assistanceCase.isClosed()) {
            return;
        }
        assistanceCase.firstResponseOverdue();
        for (User staff : identityService.createUserQuery().memberOfGroup("staff").list()) {
            if (staff.getEmail() == null || staff.getEmail().isBlank()) {
                continue;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("reference", reference);
            model.put("topicLabel", texts.label(assistanceCase.getTopic(), "sl"));
            model.put("receivedAt", CaseTaskTexts.TIME.format(assistanceCase.getReceivedAt()));
            model.put("dueAt", CaseTaskTexts.TIME.format(assistanceCase.getFirstResponseDue()));
            model.put("tasklistUrl", links.tasklist());
            model.put("publicUrl", links.base());
            mail.enqueue(new OutgoingMail(staff.getEmail(), "case-sla-breach", "sl", reference, model));
        }
        log.warn("Assistance case {}: first response overdue since {}", reference, assistanceCase.getFirstResponseDue());
    }

    void resolutionOverdue(String reference) {
        AssistanceCase assistanceCase = byReference(reference);
        if (!assistanceCase.isClosed()) {
            assistanceCase.resolutionOverdue();
            log.warn("Assistance case {}: resolution overdue since {}", reference, assistanceCase.getResolutionDue());
        }
    }

    void rate(AssistanceCase assistanceCase, int stars) {
        assistanceCase.rate(stars);
    }

    // --- helpers -------------------------------------------------------------------------------

    String processInstance(String reference) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(reference).list().stream().map(Execution::getId).findFirst().orElse(null);
    }

    private void addNote(AssistanceCase assistanceCase, String note, String author) {
        if (note != null && !note.isBlank()) {
            if (note.length() > si.asociacija.workflow.shared.TaskText.MAX) {
                throw new BadUserRequestException("internalNote: at most " + si.asociacija.workflow.shared.TaskText.MAX + " characters");
            }
            assistanceCase.add(new CaseMessage(CaseMessage.Kind.NOTE, author, null, note.trim(), null, now()));
        }
    }

    private void notifyClient(AssistanceCase c, String template, Map<String, Object> extra, String inReplyTo) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("reference", c.getReference());
        model.put("name", c.getName());
        model.put("statusUrl", links.status(c.getStatusToken()));
        model.put("publicUrl", links.base());
        model.put("reopenDays", settings.reopenWithin().toDays());
        mail.enqueue(new OutgoingMail(c.getEmail(), template, c.getLanguage(), c.getReference(), model,
                inReplyTo, settings.mailbox()));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * After triage the topic may differ from intake (email cases start as OTHER): the SLA dates follow
     * the topic's, and the variables, task due date and SLA timers move with them.
     */
    Map<String, Object> slaDates(String reference) {
        AssistanceCase c = byReference(reference);
        c.slaDates(workingDays.plusWorkingDays(c.getReceivedAt(), settings.firstResponseDays(c.getTopic())),
                workingDays.plusWorkingDays(c.getReceivedAt(), settings.resolutionDays(c.getTopic())));
        return Map.of("firstResponseDue", Date.from(c.getFirstResponseDue()), "resolutionDue", Date.from(c.getResolutionDue()));
    }

    /** The counsellor's task is due at the first-response time until the first answer, then at the resolution time. */
    Date workDue(String reference) {
        AssistanceCase c = byReference(reference);
        return Date.from(c.getFirstResponseAt() == null ? c.getFirstResponseDue() : c.getResolutionDue());
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
