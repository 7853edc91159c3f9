package si.asociacija.workflow.assembly.internal;

import java.util.Objects;

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
 * Keeps the turnout of the open item current for the Close the item form in Tasklist: every few seconds
 * into a variable of the assembly's process instance, never on the task, so completing the task never
 * collides with it; votes never wait for it.
 */
@Component
class TurnoutBoard {

    static final String TURNOUT = "turnout";
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
        for (Task task : tasks.createTaskQuery().processDefinitionKey(Assemblies.PROCESS_KEY)
                .taskDefinitionKey(AssemblyTasks.CLOSE_ITEM).list()) {
            try {
                ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
                Object number = tasks.getVariableLocal(task.getId(), AssemblyProcess.ITEM_NUMBER);
                if (instance == null || !(number instanceof Integer n)) {
                    continue;
                }
                String turnout = texts.turnout(instance.getBusinessKey(), n);
                if (!Objects.equals(turnout, runtime.getVariable(instance.getId(), TURNOUT))) {
                    runtime.setVariable(instance.getId(), TURNOUT, turnout);
                }
            } catch (ProcessEngineException e) {
                log.debug("Turnout of task {} not refreshed now: {}", task.getId(), e.getMessage());
            }
        }
    }
}
