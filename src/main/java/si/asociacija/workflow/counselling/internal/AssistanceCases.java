package si.asociacija.workflow.counselling.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.counselling.CaseClosed;
import si.asociacija.workflow.counselling.CaseOutcome;
import si.asociacija.workflow.identity.People;
import si.asociacija.workflow.shared.TaskText;
import si.asociacija.workflow.shared.Texts;

/** The work on an assistance case after intake: triage, the counsellor's answers, closing and reopening. */
@Service
@Transactional
class AssistanceCases {

    private final AssistanceCaseRepository cases;
    private final ClientMail clientMail;
    private final IdentityService identityService;
    private final CounsellingSettings settings;
    private final ApplicationEventPublisher events;
    private final Texts texts;
    private final Counsellors counsellors;

    AssistanceCases(AssistanceCaseRepository cases, ClientMail clientMail, IdentityService identityService,
                    CounsellingSettings settings, ApplicationEventPublisher events, Texts texts, Counsellors counsellors) {
        this.cases = cases;
        this.clientMail = clientMail;
        this.identityService = identityService;
        this.settings = settings;
        this.events = events;
        this.texts = texts;
        this.counsellors = counsellors;
    }

    AssistanceCase byReference(String reference) {
        return cases.byReference(reference);
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
                addNote(assistanceCase, texts.both("counselling.note.duplicateOf") + " " + duplicateOf.trim(), staffUser);
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
                assistanceCase.triaged(Topic.valueOf(topic), chosen, counsellors.member(counsellor));
                audit(reference, "assigned", "to " + counsellor + ", topic " + topic + ", priority " + chosen);
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
        if (answer != null && answer.length() > TaskText.MAX) {
            throw new BadUserRequestException("answer: at most " + TaskText.MAX + " characters");
        }
        addNote(assistanceCase, note, counsellor);
        if (answer != null && !answer.isBlank()) {
            Instant now = now();
            assistanceCase.add(new CaseMessage(CaseMessage.Kind.OUT, counsellor, null, answer.trim(), null, now));
            assistanceCase.answered(now);
            audit(reference, "answered", "WAIT".equals(nextState) ? "waiting for the client" : null);
            Map<String, Object> model = new HashMap<>();
            model.put("answer", answer.trim());
            model.put("counsellorName", People.displayName(identityService, counsellor));
            model.put("waitingForClient", "WAIT".equals(nextState));
            clientMail.send(assistanceCase, "case-answer", model, assistanceCase.lastClientMessageId());
        }
        assistanceCase.state("WAIT".equals(nextState) ? CaseState.WAITING_FOR_CLIENT : CaseState.IN_PROGRESS);
    }

    void remindClient(String reference) {
        clientMail.send(byReference(reference), "case-waiting-reminder",
                Map.of("closesAfterDays", settings.closeAfterWorkingDays()), null);
    }

    void closeWithoutReply(String reference) {
        AssistanceCase assistanceCase = byReference(reference);
        assistanceCase.closed(CaseOutcome.NO_REPLY, now());
        published(assistanceCase);
        clientMail.send(assistanceCase, "case-auto-closed", Map.of(), null);
    }

    void resolve(String reference) {
        AssistanceCase assistanceCase = byReference(reference);
        assistanceCase.resolved(now());
        published(assistanceCase);
        clientMail.send(assistanceCase, "case-resolved", Map.of(), null);
    }

    /** A case that was just closed is announced to the other capabilities. */
    private void published(AssistanceCase closed) {
        events.publishEvent(new CaseClosed(closed.getReference(), closed.getOutcome(), closed.getClosedAt()));
        audit(closed.getReference(), "closed", closed.getOutcome().name()
                + (closed.getDuplicateOf() == null ? "" : ", duplicate of " + closed.getDuplicateOf()));
    }

    private void audit(String reference, String action, String detail) {
        events.publishEvent(Audited.of(SubjectType.CASE, reference, action, detail));
    }

    void reopen(String reference) {
        AssistanceCase assistanceCase = byReference(reference);
        assistanceCase.reopened();
        // a reply of the client within the reopen window reopens the case
        events.publishEvent(Audited.of(SubjectType.CASE, reference, "reopened", null).by(Audited.CLIENT));
        clientMail.send(assistanceCase, "case-reopened", Map.of(), assistanceCase.lastClientMessageId());
    }

    private void addNote(AssistanceCase assistanceCase, String note, String author) {
        if (note != null && !note.isBlank()) {
            if (note.length() > TaskText.MAX) {
                throw new BadUserRequestException("internalNote: at most " + TaskText.MAX + " characters");
            }
            assistanceCase.add(new CaseMessage(CaseMessage.Kind.NOTE, author, null, note.trim(), null, now()));
        }
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
