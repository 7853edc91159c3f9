package si.asociacija.workflow.membership.internal;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import static si.asociacija.workflow.shared.ProcessVariables.text;

import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.board.BoardDecision;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.ProcessVariables;
import si.asociacija.workflow.shared.TaskText;
import si.asociacija.workflow.shared.InvalidInputException;

/**
 * The steps of {@code processes/membership-application.bpmn} ({@code ${membershipProcess.…}}):
 * thin adapters from the process to {@link MembershipApplications}. The business key is the
 * application's reference.
 */
@Component("membershipProcess")
public class MembershipProcess {

    private static final List<String> FORM_FIELDS = List.of("type", "name", "email", "phone", "address",
            "registrationNumber", "taxNumber", "field", "motivation", "language", "consent");

    private final MembershipApplications applications;
    private final CultureRegisterEvidence cultureRegisterEvidence;
    private final String reminderAfter;
    private final String withdrawAfter;
    private final ApplicationEventPublisher events;

    MembershipProcess(MembershipApplications applications, CultureRegisterEvidence cultureRegisterEvidence,
                      @Value("${asociacija.membership.missing-info-reminder-after}") String reminderAfter,
                      @Value("${asociacija.membership.missing-info-withdraw-after}") String withdrawAfter,
                      ApplicationEventPublisher events) {
        this.events = events;
        this.applications = applications;
        this.cultureRegisterEvidence = cultureRegisterEvidence;
        this.reminderAfter = reminderAfter;
        this.withdrawAfter = withdrawAfter;
    }

    /** ISO-8601 duration after which an unanswered request for information is reminded. */
    public String reminderAfter() {
        return reminderAfter;
    }

    /** ISO-8601 duration after which an unanswered request for information withdraws the application. */
    public String withdrawAfter() {
        return withdrawAfter;
    }

    /**
     * A paper application typed in by staff through the start form: validated and stored like a
     * public one. Applications that came in through the API are already stored.
     */
    public void receive(DelegateExecution execution) {
        if (Boolean.TRUE.equals(execution.getVariable(MembershipApplications.RECEIVED_VARIABLE))) {
            execution.removeVariable(MembershipApplications.RECEIVED_VARIABLE);
            audit(execution, "submitted", "public form", Audited.APPLICANT);
            return;
        }
        ApplicationForm form = new ApplicationForm(text(execution, "type"), text(execution, "name"),
                text(execution, "email"), text(execution, "phone"), text(execution, "address"),
                text(execution, "registrationNumber"), text(execution, "taxNumber"), text(execution, "field"),
                text(execution, "motivation"), text(execution, "language"), consent(execution));
        MembershipApplication application;
        try {
            application = applications.register(form);
        } catch (InvalidInputException e) {
            throw new BadUserRequestException("Invalid application: " + MembershipApplications.describe(e.fieldErrors()));
        } catch (ConflictException e) {
            throw new BadUserRequestException(e.getMessage());
        }
        execution.setProcessBusinessKey(application.getReference());
        audit(execution, "submitted", "entered by staff", null);
        execution.removeVariables(FORM_FIELDS);
        execution.setVariable("applicationSummary", TaskText.head(applications.summary(application, true)));
        execution.setVariable(MembershipApplications.APPLICANT_TYPE_VARIABLE, application.getType().name());
    }

    /** A staff task may be completed only with its yes/no decision made. */
    public boolean decided(DelegateTask task, String variable) {
        return ProcessVariables.requireDecision(task, variable);
    }

    /**
     * The completeness check's note on the register of self-employed in culture goes to the application
     * record and out of the process.
     */
    public void noteCultureRegisterEvidence(DelegateTask task) {
        Object evidence = task.getVariable(CultureRegisterEvidence.FIELD);
        try {
            cultureRegisterEvidence.note(task.getExecution().getProcessBusinessKey(),
                    evidence == null ? null : evidence.toString(), actingUser(task));
        } catch (InvalidInputException e) {
            throw new BadUserRequestException("Invalid evidence: " + MembershipApplications.describe(e.fieldErrors()));
        }
        task.getExecution().removeVariable(CultureRegisterEvidence.FIELD);
    }

    public void requestMissingInfo(DelegateExecution execution) {
        applications.requestMissingInfo(execution.getProcessBusinessKey(), text(execution, "missingInfo"));
        audit(execution, "found-incomplete", "missing information requested", null);
        execution.removeVariable("complete");
    }

    public void remindMissingInfo(DelegateExecution execution) {
        applications.remindMissingInfo(execution.getProcessBusinessKey());
    }

    public void withdraw(DelegateExecution execution) {
        applications.withdraw(execution.getProcessBusinessKey());
        audit(execution, "withdrawn", "no answer to the request for missing information", null);
    }

    public void sendToBoard(DelegateExecution execution) {
        applications.putToBoard(execution.getProcessBusinessKey());
        audit(execution, "put-to-board", "found complete", null);
        execution.removeVariable("resubmit");
    }

    public void approve(DelegateExecution execution) {
        String number = applications.approve(execution.getProcessBusinessKey(),
                BoardDecision.Result.of(execution).resolutionNumber());
        execution.setVariable("membershipNumber", number);
        String resolution = BoardDecision.Result.of(execution).resolutionNumber();
        audit(execution, "approved", "resolution " + resolution + ", member " + number, null);
        events.publishEvent(Audited.of(SubjectType.MEMBER, number, "admitted",
                "application " + execution.getProcessBusinessKey() + ", resolution " + resolution));
    }

    public void reject(DelegateExecution execution) {
        BoardDecision.Result board = BoardDecision.Result.of(execution);
        boolean boardRejected = board != null && board.outcome() == BoardDecision.Outcome.REJECTED;
        applications.reject(execution.getProcessBusinessKey(), text(execution, "rejectionReason"),
                boardRejected ? board.resolutionNumber() : null);
        audit(execution, "rejected", boardRejected ? "resolution " + board.resolutionNumber()
                : board == null ? "by staff" : "board " + board.outcome() + ", resolution " + board.resolutionNumber(), null);
    }

    /** An entry in the audit trail about this application, by {@code actor} or whoever acts now. */
    private void audit(DelegateExecution execution, String action, String detail, String actor) {
        Audited audited = Audited.of(SubjectType.APPLICATION, execution.getProcessBusinessKey(), action, detail);
        events.publishEvent(actor == null ? audited : audited.by(actor));
    }

    private static String actingUser(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null ? current.getUserId() : task.getAssignee();
    }

    private static Boolean consent(DelegateExecution execution) {
        Object value = execution.getVariable("consent");
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }
}
