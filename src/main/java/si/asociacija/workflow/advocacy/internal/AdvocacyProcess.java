package si.asociacija.workflow.advocacy.internal;

import static org.camunda.spin.Spin.JSON;
import static si.asociacija.workflow.shared.ProcessVariables.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.board.BoardDecision;
import si.asociacija.workflow.identity.Groups;
import si.asociacija.workflow.identity.People;
import si.asociacija.workflow.shared.InvalidInputException;

/**
 * The steps of {@code processes/advocacy-case.bpmn} ({@code ${advocacyProcess.…}}): thin adapters to
 * {@link AdvocacyCases}, {@link MemberViews}, {@link PositionSubmission} and {@link DeadlineEscalation}.
 * The business key is the case reference; the record holds the case, the variables only its dates and
 * the forms' texts. A rule broken in a form comes back to Tasklist naming the field, and changes nothing.
 */
@Component("advocacyProcess")
public class AdvocacyProcess {

    /** The start form's fields: the draft, in the record once the case is open. */
    private static final List<String> START_FORM = List.of("title", "proposer", "stage", "link", "summary",
            "consultationDeadline", "consultationOpenedOn", "consultationAddress");

    private final AdvocacyIntake intake;
    private final AdvocacyCases cases;
    private final MemberViews views;
    private final PositionSubmission submission;
    private final DeadlineEscalation escalation;
    private final AdvocacyDeadlines deadlines;
    private final AdvocacyTaskTexts taskTexts;
    private final AdvocacySettings settings;
    private final IdentityService identity;
    private final ManagementService management;
    private final Validator validator;

    AdvocacyProcess(AdvocacyIntake intake, AdvocacyCases cases, MemberViews views, PositionSubmission submission, DeadlineEscalation escalation,
                    AdvocacyDeadlines deadlines, AdvocacyTaskTexts taskTexts, AdvocacySettings settings,
                    IdentityService identity, ManagementService management, Validator validator) {
        this.intake = intake;
        this.cases = cases;
        this.views = views;
        this.submission = submission;
        this.escalation = escalation;
        this.deadlines = deadlines;
        this.taskTexts = taskTexts;
        this.settings = settings;
        this.identity = identity;
        this.management = management;
        this.validator = validator;
    }

    /**
     * A case staff start in Tasklist becomes a record here (one started by the intake already is one):
     * the start form's draft, checked, then the business key and the first tasks' variables.
     */
    public void open(DelegateExecution execution) {
        if (execution.getProcessBusinessKey() != null) {
            return;
        }
        AdvocacyCaseForm form = new AdvocacyCaseForm(text(execution, "title"), text(execution, "proposer"),
                text(execution, "stage"), text(execution, "link"), text(execution, "summary"), text(execution, "consultationDeadline"),
                text(execution, "consultationOpenedOn"), text(execution, "consultationAddress"));
        AdvocacyIntake.Started started = checked(() -> intake.registerStarted(form.draft(validator), form.address(), form.openedOn()));
        execution.setProcessBusinessKey(started.reference());
        execution.removeVariables(START_FORM);
        execution.setVariables(started.variables());
        moveEscalation(execution, (Date) started.variables().get("escalateAt"));
    }

    /** When a case not yet submitted escalates: until the review sets the response deadline, a year from now. */
    public Date escalateAt(DelegateExecution execution) {
        Object at = execution.getVariable("escalateAt");
        return at instanceof Date date ? date : Date.from(AdvocacyCases.now().plus(Duration.ofDays(365)));
    }

    /**
     * The review form: staff to choose a lead from, the default response deadline, the address known so far.
     * A default is a process variable, never a task-local one: Tasklist writes a submitted field into a
     * task-local variable of its name, which ends with the task.
     */
    public void offerReview(DelegateTask task) {
        AdvocacyCase c = cases.byReference(task.getExecution().getProcessBusinessKey());
        List<LeadOption> staff = identity.createUserQuery().memberOfGroup(Groups.STAFF).orderByUserId().asc().list().stream()
                .map(user -> new LeadOption(People.displayName(user), user.getId())).toList();
        task.setVariableLocal("leadOptions", SpinValues.jsonValue(JSON(staff)).create());
        task.getExecution().setVariable("responseDeadline", cases.defaultResponseDeadline(c.getReference()).toString());
        if (c.getConsultationAddress() != null) {
            task.getExecution().setVariable("consultationAddress", c.getConsultationAddress());
        }
    }

    public void review(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        AdvocacyCase c = checked(() -> cases.review(reference, new AdvocacyCases.Review(text(execution, "decision"),
                text(execution, "reason"), text(execution, "responseDeadline"), names(execution.getVariable("fields")),
                text(execution, "lead"), text(execution, "consultationAddress"))));
        execution.removeVariables(List.of("reason", "consultationAddress", "responseDeadline", "fields"));
        if (c.getStatus() != AdvocacyStatus.GATHERING_VIEWS) {
            return;
        }
        execution.setVariable("lead", c.getLead());
        execution.setVariable("viewsUntil", Date.from(c.getViewsUntil()));
        execution.setVariable("viewsReminderAt", Date.from(deadlines.reminderAt(c.getViewsUntil(), AdvocacyCases.now())));
        execution.setVariable("positionDue", Date.from(deadlines.positionDue(c.getViewsUntil(), c.getResponseDeadline())));
        execution.setVariable("responseDue", Date.from(deadlines.at(c.getResponseDeadline())));
        Date escalateAt = Date.from(deadlines.escalateAt(c.getResponseDeadline()));
        execution.setVariable("escalateAt", escalateAt);
        moveEscalation(execution, escalateAt);
        execution.setVariable("draftSummary", taskTexts.summary(c));
    }

    private void moveEscalation(DelegateExecution execution, Date escalateAt) {
        for (Job timer : management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
                .activityId("Timer_DeadlineAtRisk").timers().list()) {
            management.setJobDuedate(timer.getId(), escalateAt);
        }
    }

    public void inviteMembers(DelegateExecution execution) {
        execution.setVariable("membersInvited", views.invite(execution.getProcessBusinessKey()));
    }

    public void remindMembers(DelegateExecution execution) {
        views.remind(execution.getProcessBusinessKey());
    }

    /** The position form: the views per field and each view, the position so far, the board's last answer. */
    public void showViews(DelegateTask task) {
        AdvocacyCase c = cases.startDrafting(task.getExecution().getProcessBusinessKey());
        task.setVariableLocal("viewsSummary", taskTexts.views(views.of(c)));
        if (c.getPositionText() != null) {
            task.getExecution().setVariable("positionText", c.getPositionText());
        }
    }

    public void recordPosition(DelegateExecution execution) {
        checked(() -> {
            cases.recordPosition(execution.getProcessBusinessKey(), text(execution, "positionText"));
            return null;
        });
        execution.removeVariable("positionText");
    }

    public void boardDecided(DelegateExecution execution) {
        cases.boardDecided(execution.getProcessBusinessKey(), BoardDecision.Result.of(execution));
    }

    /** The submission form: the consultation's address when known. */
    public void offerSubmission(DelegateTask task) {
        AdvocacyCase c = cases.byReference(task.getExecution().getProcessBusinessKey());
        if (c.getConsultationAddress() != null) {
            task.getExecution().setVariable("consultationAddress", c.getConsultationAddress());
        }
    }

    public void submit(DelegateExecution execution) {
        checked(() -> {
            submission.submit(execution.getProcessBusinessKey(), text(execution, "channel"), text(execution, "consultationAddress"),
                    text(execution, "receipt"));
            return null;
        });
        execution.removeVariables(List.of("receipt", "consultationAddress"));
        execution.setVariable("outcomeDue", Date.from(AdvocacyCases.now().plus(settings.outcomeWait())));
    }

    public void recordOutcome(DelegateExecution execution) {
        checked(() -> {
            cases.recordOutcome(execution.getProcessBusinessKey(), text(execution, "reception"), text(execution, "outcomeReason"),
                    text(execution, "finalTextLink"));
            return null;
        });
        execution.removeVariables(List.of("outcomeReason"));
    }

    public void closeWithoutOutcome(DelegateExecution execution) {
        cases.closeWithoutOutcome(execution.getProcessBusinessKey());
    }

    public void escalate(DelegateExecution execution) {
        execution.setVariable("escalated", escalation.escalate(execution.getProcessBusinessKey()));
    }

    /** A checklist's values as Tasklist hands them (a JSON array), a list, or text with commas. */
    static Collection<String> names(Object value) {
        if (value instanceof SpinJsonNode json && json.isArray()) {
            return json.elements().stream().map(SpinJsonNode::stringValue).toList();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text && !text.isBlank()) {
            return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(ArrayList::new));
        }
        return List.of();
    }

    private static <T> T checked(Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            throw new BadUserRequestException(e.fieldErrors().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(error -> error.getKey() + ": " + error.getValue()).collect(Collectors.joining("; ")));
        }
    }

    /** One entry of the review form's lead select. */
    record LeadOption(String label, String value) {
    }
}
