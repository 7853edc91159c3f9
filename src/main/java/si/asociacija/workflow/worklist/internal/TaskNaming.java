package si.asociacija.workflow.worklist.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.worklist.TaskSubject;
import si.asociacija.workflow.worklist.TaskSubjects;

/**
 * Names every new task after its step and whom it is about ({@code Preveri popolnost prijave —
 * MA-2026-0004 Zavod Primer}) and gives it the task variables {@value #REFERENCE} and {@value #TOPIC}
 * that the filters show as columns. The person's name is only in the task's name, read from the
 * owning capability's record.
 */
@Component
class TaskNaming implements TaskListener {

    static final String REFERENCE = "taskReference";
    static final String TOPIC = "taskTopic";
    /** The engine's limit for a task name. */
    private static final int MAX_NAME = 255;
    private static final String BILINGUAL_SEPARATOR = " / ";

    private final ObjectProvider<TaskSubjects> providers;
    private volatile Map<String, TaskSubjects> byProcess;

    TaskNaming(ObjectProvider<TaskSubjects> providers) {
        this.providers = providers;
    }

    @Override
    public void notify(DelegateTask task) {
        String processKey = task.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId()).getKey();
        String businessKey = task.getExecution().getProcessBusinessKey();
        TaskSubject subject = Optional.ofNullable(subjects().get(processKey))
                .flatMap(source -> source.subject(businessKey, task.getProcessInstanceId()))
                .orElse(businessKey == null ? null : new TaskSubject(businessKey, null, null));
        if (subject == null) {
            return;
        }
        task.setName(name(task.getName(), subject));
        task.setVariableLocal(REFERENCE, subject.reference());
        if (subject.topic() != null) {
            task.setVariableLocal(TOPIC, subject.topic());
        }
    }

    /** The step's Slovene name, then the reference and the person. */
    static String name(String stepName, TaskSubject subject) {
        String step = stepName == null ? "" : stepName;
        int english = step.indexOf(BILINGUAL_SEPARATOR);
        StringBuilder name = new StringBuilder(english < 0 ? step : step.substring(0, english))
                .append(" — ").append(subject.reference());
        if (subject.person() != null && !subject.person().isBlank()) {
            name.append(' ').append(subject.person().strip());
        }
        return name.length() <= MAX_NAME ? name.toString() : name.substring(0, MAX_NAME - 1) + "…";
    }

    private Map<String, TaskSubjects> subjects() {
        if (byProcess == null) {
            List<TaskSubjects> all = providers.orderedStream().toList();
            byProcess = all.stream().collect(Collectors.toUnmodifiableMap(TaskSubjects::processKey, Function.identity()));
        }
        return byProcess;
    }
}
