package si.asociacija.workflow.counselling.internal;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.mail.MailOutbox;
import si.asociacija.workflow.mail.OutgoingMail;
import si.asociacija.workflow.portal.PublicLinks;
import si.asociacija.workflow.shared.Texts;
import si.asociacija.workflow.shared.WorkingDays;

/** The SLA of a case on Slovenian working days: when answers are due, and what happens when they are late. */
@Service
@Transactional
class CaseDeadlines {

    private static final Logger log = LoggerFactory.getLogger(CaseDeadlines.class);

    private final AssistanceCaseRepository cases;
    private final WorkingDays workingDays;
    private final MailOutbox mail;
    private final PublicLinks links;
    private final IdentityService identityService;
    private final CounsellingSettings settings;
    private final Texts texts;

    CaseDeadlines(AssistanceCaseRepository cases, WorkingDays workingDays, MailOutbox mail, PublicLinks links,
                  IdentityService identityService, CounsellingSettings settings, Texts texts) {
        this.cases = cases;
        this.workingDays = workingDays;
        this.mail = mail;
        this.links = links;
        this.identityService = identityService;
        this.settings = settings;
        this.texts = texts;
    }

    /** When waiting for the client: the dates of the reminder and of closing by itself. */
    Map<String, Object> waitingDates() {
        Instant now = now();
        return Map.of("reminderAt", Date.from(workingDays.plusWorkingDays(now, settings.reminderAfterWorkingDays())),
                "autoCloseAt", Date.from(workingDays.plusWorkingDays(now, settings.closeAfterWorkingDays())));
    }

    /** The first response is overdue: marked, and the staff are told. */
    void firstResponseOverdue(String reference) {
        AssistanceCase assistanceCase = cases.byReference(reference);
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
        AssistanceCase assistanceCase = cases.byReference(reference);
        if (!assistanceCase.isClosed()) {
            assistanceCase.resolutionOverdue();
            log.warn("Assistance case {}: resolution overdue since {}", reference, assistanceCase.getResolutionDue());
        }
    }

    /**
     * After triage the topic may differ from intake (email cases start as OTHER): the SLA dates follow
     * the topic's, and the variables, task due date and SLA timers move with them.
     */
    Map<String, Object> slaDates(String reference) {
        AssistanceCase c = cases.byReference(reference);
        c.slaDates(workingDays.plusWorkingDays(c.getReceivedAt(), settings.firstResponseDays(c.getTopic())),
                workingDays.plusWorkingDays(c.getReceivedAt(), settings.resolutionDays(c.getTopic())));
        return Map.of("firstResponseDue", Date.from(c.getFirstResponseDue()), "resolutionDue", Date.from(c.getResolutionDue()));
    }

    /** The counsellor's task is due at the first-response time until the first answer, then at the resolution time. */
    Date workDue(String reference) {
        AssistanceCase c = cases.byReference(reference);
        return Date.from(c.getFirstResponseAt() == null ? c.getFirstResponseDue() : c.getResolutionDue());
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
