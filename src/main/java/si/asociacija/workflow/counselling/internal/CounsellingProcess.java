package si.asociacija.workflow.counselling.internal;

import static org.camunda.spin.Spin.JSON;
import static si.asociacija.workflow.shared.ProcessVariables.text;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code processes/assistance-case.bpmn} ({@code ${counsellingProcess.…}}): thin adapters
 * to {@link AssistanceCases} and {@link CaseDeadlines}. The business key is the case reference.
 */
@Component("counsellingProcess")
public class CounsellingProcess {

    /** The triage task's choice of counsellors, the {@code valuesKey} of its form's counsellor select. */
    static final String COUNSELLOR_OPTIONS = "counsellorOptions";

    private final AssistanceCases cases;
    private final CaseDeadlines deadlines;
    private final IdentityService identityService;
    private final CounsellingSettings settings;
    private final ManagementService managementService;
    private final CaseTaskTexts taskTexts;
    private final Counsellors counsellors;

    CounsellingProcess(AssistanceCases cases, CaseDeadlines deadlines, IdentityService identityService, CounsellingSettings settings,
                       ManagementService managementService, CaseTaskTexts taskTexts, Counsellors counsellors) {
        this.counsellors = counsellors;
        this.managementService = managementService;
        this.taskTexts = taskTexts;
        this.cases = cases;
        this.deadlines = deadlines;
        this.identityService = identityService;
        this.settings = settings;
    }

    /** How long a closed case may be reopened by a reply (ISO-8601). */
    public String reopenWithin() {
        return settings.reopenWithin().toString();
    }

    /**
     * When a triage task is created: the counsellors as they are now, in a task-local Json variable
     * (Tasklist hands a Camunda Form a variable as a list only when it is JSON).
     */
    public void offerCounsellors(DelegateTask task) {
        task.setVariableLocal(COUNSELLOR_OPTIONS, SpinValues.jsonValue(JSON(counsellors.options())).create());
    }

    public void triage(DelegateExecution execution) {
        cases.triage(execution.getProcessBusinessKey(), text(execution, "triageDecision"), text(execution, "topic"),
                text(execution, "priority"), text(execution, "counsellor"), text(execution, "duplicateOf"),
                text(execution, "internalNote"), currentUser());
        execution.removeVariables(List.of("internalNote", "duplicateOf"));
        Map<String, Object> dates = deadlines.slaDates(execution.getProcessBusinessKey());
        execution.setVariables(dates);
        moveTimer(execution, "Timer_FirstResponseDue", (Date) dates.get("firstResponseDue"));
        moveTimer(execution, "Timer_ResolutionDue", (Date) dates.get("resolutionDue"));
        refresh(execution);
    }

    /** When the counsellor's task is due (see {@link CaseDeadlines#workDue}). */
    public Date workDue(DelegateExecution execution) {
        return deadlines.workDue(execution.getProcessBusinessKey());
    }

    private void moveTimer(DelegateExecution execution, String timerId, Date due) {
        for (Job timer : managementService.createJobQuery().processInstanceId(execution.getProcessInstanceId())
                .activityId(timerId).timers().list()) {
            managementService.setJobDuedate(timer.getId(), due);
        }
    }

    public void recordWork(DelegateExecution execution) {
        cases.recordWork(execution.getProcessBusinessKey(), text(execution, "answer"), text(execution, "internalNote"),
                text(execution, "nextState"), text(execution, "counsellor"));
        execution.removeVariables(List.of("answer", "internalNote"));
        refresh(execution);
    }

    public void startWaiting(DelegateExecution execution) {
        execution.setVariables(deadlines.waitingDates());
    }

    public void remindClient(DelegateExecution execution) {
        cases.remindClient(execution.getProcessBusinessKey());
    }

    public void closeWithoutReply(DelegateExecution execution) {
        cases.closeWithoutReply(execution.getProcessBusinessKey());
    }

    public void resolve(DelegateExecution execution) {
        cases.resolve(execution.getProcessBusinessKey());
    }

    public void reopen(DelegateExecution execution) {
        cases.reopen(execution.getProcessBusinessKey());
        refresh(execution);
    }

    public void firstResponseOverdue(DelegateExecution execution) {
        deadlines.firstResponseOverdue(execution.getProcessBusinessKey());
    }

    public void resolutionOverdue(DelegateExecution execution) {
        deadlines.resolutionOverdue(execution.getProcessBusinessKey());
    }

    private void refresh(DelegateExecution execution) {
        AssistanceCase assistanceCase = cases.byReference(execution.getProcessBusinessKey());
        execution.setVariable("caseSummary", taskTexts.summary(assistanceCase));
        execution.setVariable("thread", taskTexts.thread(assistanceCase));
    }

    private String currentUser() {
        return identityService.getCurrentAuthentication() == null ? "staff"
                : identityService.getCurrentAuthentication().getUserId();
    }
}
