package si.asociacija.workflow.worklist.internal;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.task.TaskQuery;

/**
 * A Tasklist filter: its {@code key} (its name and description are the texts
 * {@code worklist.filter.<key>.name} and {@code .description}), the groups that may read it, its
 * place in the list (lower first: Tasklist opens the first) and its query.
 */
record WorkFilter(String key, List<String> groups, int priority, Supplier<TaskQuery> query) {
}
