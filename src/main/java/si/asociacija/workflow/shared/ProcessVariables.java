package si.asociacija.workflow.shared;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading the few variables a process step needs. */
public final class ProcessVariables {

    private ProcessVariables() {
    }

    /** A variable as text, or null. */
    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** The task's yes/no decision, refused with a message naming it when missing. */
    public static boolean requireDecision(DelegateTask task, String variable) {
        Object value = task.getVariable(variable);
        if (!(value instanceof Boolean decision)) {
            throw new BadUserRequestException(variable + ": choose yes or no (true or false) before completing the task");
        }
        return decision;
    }
}
