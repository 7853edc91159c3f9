package si.asociacija.workflow.privacy.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.ConflictException;

/**
 * The engine's history of the processes of anonymised records (their variables, tasks and comments),
 * removed with the records: the processes with the record's reference as business key and every process
 * they called (a board decision). A process still running is not touched: an erasure is refused then (the
 * record is still in use), the retention run leaves its history to the next night.
 */
@Component
class ProcessHistories {

    private final HistoryService history;
    private final RuntimeService runtime;

    ProcessHistories(HistoryService history, RuntimeService runtime) {
        this.history = history;
        this.runtime = runtime;
    }

    void remove(Collection<String> businessKeys, boolean refuseRunning) {
        Set<String> ids = new LinkedHashSet<>();
        for (String key : businessKeys) {
            if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() > 0) {
                if (refuseRunning) {
                    throw new ConflictException("The personal data cannot be erased: " + key + " is still in progress (its process is running).");
                }
                continue;
            }
            for (HistoricProcessInstance root : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list()) {
                history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root.getRootProcessInstanceId()).list()
                        .forEach(instance -> ids.add(instance.getId()));
                ids.add(root.getId());
            }
        }
        if (!ids.isEmpty()) {
            List<String> all = new ArrayList<>(ids);
            history.deleteHistoricProcessInstancesIfExists(all);
        }
    }
}
