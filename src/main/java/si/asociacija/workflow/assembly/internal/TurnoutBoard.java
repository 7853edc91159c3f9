package si.asociacija.workflow.assembly.internal;

import java.util.Objects;
import java.util.function.BiFunction;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the live figures of the assembly's Tasklist forms current: who is present for Registration and
 * quorum, the turnout of the open item for Close the item. Every few seconds into a variable of the
 * assembly's process instance, never on the task, so completing the task never collides with it;
 * check-ins and votes never wait for it.
 */
@Component
class TurnoutBoard {

    static final String TURNOUT = "turnout";
    static final String REGISTRATION_SUMMARY = "registrationSummary";
    private static final Logger log = LoggerFactory.getLogger(TurnoutBoard.class);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AssemblyTaskTexts texts;

    TurnoutBoard(TaskService tasks, RuntimeService runtime, AssemblyTaskTexts texts) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.texts = texts;
    }

    @Scheduled(fixedDelayString = "${asociacija.assembly.turnout-refresh:PT5S}")
    public void refresh() {
        refresh(AssemblyTasks.REGISTRATION, REGISTRATION_SUMMARY, (task, reference) -> texts.registration(reference));
        refresh(AssemblyTasks.CLOSE_ITEM, TURNOUT, (task, reference) ->
                tasks.getVariableLocal(task.getId(), AssemblyProcess.ITEM_NUMBER) instanceof Integer n
                        ? texts.turnout(reference, n) : null);
    }

    private void refresh(String taskDefinitionKey, String variable, BiFunction<Task, String, String> text) {
        for (Task task : tasks.createTaskQuery().processDefinitionKey(Assemblies.PROCESS_KEY)
                .taskDefinitionKey(taskDefinitionKey).list()) {
            try {
                ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
                String value = instance == null ? null : text.apply(task, instance.getBusinessKey());
                if (value != null && !Objects.equals(value, runtime.getVariable(instance.getId(), variable))) {
                    runtime.setVariable(instance.getId(), variable, value);
                }
            } catch (ProcessEngineException e) {
                log.debug("{} of task {} not refreshed now: {}", variable, task.getId(), e.getMessage());
            }
        }
    }
}
