package si.asociacija.workflow.board;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The variable mapping of a call activity to {@link BoardDecision#PROCESS_KEY}: a calling capability
 * says what the motion is and takes the result, in types rather than variable names. In BPMN:
 * {@code <callActivity calledElement="board-decision" camunda:variableMappingDelegateExpression="${myBoardMotion}">}.
 */
public abstract class BoardMotion implements DelegateVariableMapping {

    /** The motion the board votes on for the calling process instance. */
    protected abstract BoardDecision.Motion motion(DelegateExecution caller);

    @Override
    public final void mapInputVariables(DelegateExecution caller, VariableMap boardVariables) {
        boardVariables.putAll(motion(caller).variables());
    }

    /** The board's result is written into the calling instance, where {@link BoardDecision.Result#of} reads it. */
    @Override
    public final void mapOutputVariables(DelegateExecution caller, VariableScope board) {
        BoardDecision.Result result = BoardDecision.Result.of(board);
        if (result != null) {
            result.writeTo(caller);
        }
    }
}
