package si.asociacija.workflow.worklist.internal;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.identity.Groups;

/** Each group's Tasklist filters. */
@Component
class WorkFilters {

    private static final String CURRENT_USER = "${currentUser()}";
    /** Not the board: their only tasks are votes, which *Moja glasovanja* lists. */
    private static final List<String> EVERYONE = List.of(Groups.STAFF, Groups.COUNSELLORS, Groups.ADMIN);

    private final TaskService tasks;

    WorkFilters(TaskService tasks) {
        this.tasks = tasks;
    }

    List<WorkFilter> all() {
        return List.of(
                new WorkFilter("applications", List.of(Groups.STAFF), 10, () -> query()
                        .processDefinitionKey("membership-application").taskDefinitionKey("Task_CheckCompleteness")),
                new WorkFilter("triage", List.of(Groups.STAFF), 20, () -> query()
                        .processDefinitionKey("assistance-case").taskDefinitionKey("Task_Triage")),
                new WorkFilter("overdue", List.of(Groups.STAFF), 30, () -> query().dueBeforeExpression("${now()}")),
                new WorkFilter("assembly", List.of(Groups.STAFF), 40, () -> query().processDefinitionKey("general-assembly")),
                new WorkFilter("advocacy", List.of(Groups.STAFF), 42, () -> query()
                        .processDefinitionKeyIn("advocacy-case", "advocacy-source-failure")),
                new WorkFilter("registers", List.of(Groups.STAFF), 45, () -> query()
                        .processDefinitionKeyIn("registry-import-failure", "member-register-change")),
                new WorkFilter("myCases", List.of(Groups.COUNSELLORS), 10, () -> query()
                        .processDefinitionKey("assistance-case").taskAssigneeExpression(CURRENT_USER)),
                new WorkFilter("myVotes", List.of(Groups.BOARD), 10, () -> query()
                        .processDefinitionKey("board-decision").taskDefinitionKey("Task_BoardVote")
                        .taskAssigneeExpression(CURRENT_USER)),
                new WorkFilter("mine", EVERYONE, 50, () -> query().taskAssigneeExpression(CURRENT_USER)),
                new WorkFilter("all", List.of(Groups.ADMIN), 60, this::query));
    }

    private TaskQuery query() {
        return tasks.createTaskQuery();
    }
}
