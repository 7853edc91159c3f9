package si.asociacija.workflow.worklist.internal;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.UserTaskListeners;

/** Adds {@link TaskNaming} to every user task of every process deployed, present and future. */
@Component
class TaskNamingPlugin extends AbstractProcessEnginePlugin {

    private final TaskNaming naming;

    TaskNamingPlugin(TaskNaming naming) {
        this.naming = naming;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.onEveryUserTask(configuration, TaskListener.EVENTNAME_CREATE, naming);
    }
}
