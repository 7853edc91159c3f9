package si.asociacija.workflow.membership.internal;

import static si.asociacija.workflow.shared.ProcessVariables.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.ReferenceNumbers;

/**
 * The steps of {@code processes/member-register-change.bpmn} ({@code ${memberRegisterChangeProcess.…}}):
 * thin adapters to {@link MemberRegisterChanges}. The business key is the change's reference; the
 * member's data stays in the record and reaches the task only as task-local variables.
 */
@Component("memberRegisterChangeProcess")
public class MemberRegisterChangeProcess {

    static final String DECISION = "decision";
    static final String ENDED_ON = "endedOn";

    private final MemberRegisterChanges changes;
    private final RegisterChangeTaskTexts taskTexts;

    MemberRegisterChangeProcess(MemberRegisterChanges changes, RegisterChangeTaskTexts taskTexts) {
        this.changes = changes;
        this.taskTexts = taskTexts;
    }

    /** Whether the change is what the yearly check of the member flagged, rather than a change at an import. */
    public boolean yearly(DelegateExecution execution) {
        return changes.byReference(execution.getProcessBusinessKey()).yearly();
    }

    /** When the task is created: the member, the register and the record before and after, for its form. */
    public void describe(DelegateTask task) {
        task.setVariablesLocal(taskTexts.variables(changes.byReference(task.getExecution().getProcessBusinessKey())));
    }

    /** The task may be completed only with one of the decisions. */
    public void decided(DelegateTask task) {
        String decision = text(task, DECISION);
        if (Arrays.stream(MemberRegisterChange.Decision.values()).noneMatch(d -> d.name().equals(decision))) {
            throw new BadUserRequestException(DECISION + ": choose " + Arrays.stream(MemberRegisterChange.Decision.values())
                    .map(Enum::name).collect(Collectors.joining(" or ")) + " before completing the task");
        }
    }

    public void note(DelegateExecution execution) {
        changes.note(execution.getProcessBusinessKey());
    }

    public void endMembership(DelegateExecution execution) {
        try {
            changes.endMembership(execution.getProcessBusinessKey(), endedOn(execution));
        } catch (InvalidInputException e) {
            throw new BadUserRequestException(e.fields().stream().map(f -> f + ": " + e.fieldErrors().get(f))
                    .collect(Collectors.joining("; ")));
        } catch (ConflictException e) {
            throw new BadUserRequestException(DECISION + ": " + e.getMessage());
        }
    }

    /** The end date as the form sends it (YYYY-MM-DD) or as a date; null when none was given. */
    private static LocalDate endedOn(DelegateExecution execution) {
        Object value = execution.getVariable(ENDED_ON);
        if (value instanceof Date date) {
            return date.toInstant().atZone(ReferenceNumbers.ZONE).toLocalDate();
        }
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().trim());
        } catch (DateTimeParseException e) {
            throw new BadUserRequestException(ENDED_ON + ": must be a date YYYY-MM-DD");
        }
    }
}
