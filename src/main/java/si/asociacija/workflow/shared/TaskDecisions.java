package si.asociacija.workflow.shared;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Checks that a person completing a user task made the choice the next gateway needs. */
public final class TaskDecisions {

    private TaskDecisions() {
    }

    /** The task's boolean decision, refused with a message naming it when missing. */
    public static boolean require(DelegateTask task, String variable) {
        Object value = task.getVariable(variable);
        if (!(value instanceof Boolean decision)) {
            throw new BadUserRequestException(variable + ": choose yes or no (true or false) before completing the task");
        }
        return decision;
    }
}
