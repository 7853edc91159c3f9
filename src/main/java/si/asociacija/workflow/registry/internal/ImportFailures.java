package si.asociacija.workflow.registry.internal;

import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.TaskText;
import si.asociacija.workflow.shared.Texts;
import si.asociacija.workflow.worklist.TaskSubject;
import si.asociacija.workflow.worklist.TaskSubjects;

/**
 * The steps of {@code processes/registry-import-failure.bpmn} ({@code ${registryImportFailure.…}}): a
 * failed import becomes a staff task with the reason as an incident in Cockpit; completing the task
 * resolves the incident. Its tasks are named after the import.
 */
@Component("registryImportFailure")
public class ImportFailures implements TaskSubjects {

    static final String PROCESS_KEY = "registry-import-failure";
    static final String INCIDENT_TYPE = "registryImport";
    private static final String PREFIX = "UV-";

    private final RuntimeService runtime;
    private final ImportLog imports;
    private final Texts texts;

    ImportFailures(RuntimeService runtime, ImportLog imports, Texts texts) {
        this.runtime = runtime;
        this.imports = imports;
        this.texts = texts;
    }

    void raise(ImportRecord failed) {
        runtime.startProcessInstanceByKey(PROCESS_KEY, PREFIX + failed.id());
    }

    /** The task shows the import; its reason becomes an incident on the task's execution. */
    public void opened(DelegateTask task) {
        imports.find(importId(task.getExecution().getProcessBusinessKey())).ifPresent(failed -> {
            Object[] facts = {failed.source().name(), failed.file(), failed.started().toString(), failed.rowsRead(),
                failed.rejected(), failed.reason()};
            task.setVariableLocal("importSummary", TaskText.head(texts.text("registry.import.failed", "sl", facts) + "\n\n"
                    + texts.text("registry.import.failed", "en", facts)));
            runtime.createIncident(INCIDENT_TYPE, task.getExecutionId(), PREFIX + failed.id(),
                    texts.text("registry.import.incident", "sl", failed.source().name(), failed.file(), failed.reason()));
        });
    }

    public void resolved(DelegateTask task) {
        runtime.createIncidentQuery().executionId(task.getExecutionId()).incidentType(INCIDENT_TYPE).list()
                .forEach(incident -> runtime.resolveIncident(incident.getId()));
    }

    @Override
    public String processKey() {
        return PROCESS_KEY;
    }

    @Override
    public Optional<TaskSubject> subject(String businessKey, String processInstanceId) {
        return imports.find(importId(businessKey)).map(failed -> new TaskSubject(businessKey,
                failed.source().name() + " " + failed.file(), failed.source().name()));
    }

    private static long importId(String businessKey) {
        return Long.parseLong(businessKey.substring(PREFIX.length()));
    }
}
