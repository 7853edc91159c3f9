package si.asociacija.workflow.assembly.internal;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.shared.ConflictException;

/**
 * What staff do through the API that is also a Tasklist task: the change is made (and checked, with a
 * clear answer) first, then the task is completed so the process moves on, in one transaction.
 */
@Service
@Transactional
class AssemblyTasks {

    static final String REGISTRATION = "Task_Registration";
    static final String OPEN_VOTING = "Task_OpenVoting";
    static final String CLOSE_ITEM = "Task_CloseItem";
    static final String CONFIRM_MINUTES = "Task_ConfirmMinutes";

    private final TaskService tasks;
    private final Opening opening;
    private final Voting voting;

    AssemblyTasks(TaskService tasks, Opening opening, Voting voting) {
        this.tasks = tasks;
        this.opening = opening;
        this.voting = voting;
    }

    /** Closes the registration: the working bodies are named and the quorum decided. */
    Opening.Decision open(String reference, Opening.WorkingBodies bodies) {
        Opening.check(bodies);
        Task task = task(reference, REGISTRATION, null, "Registration is not open: the assembly has not started, "
                + "its start is postponed, or it is already open.");
        Opening.Decision decision = opening.open(reference, bodies);
        tasks.complete(task.getId(), Map.of(AssemblyProcess.QUORUM, decision.name(), AssemblyProcess.DONE_BY_API, true));
        return decision;
    }

    AgendaItem openItem(String reference, int number) {
        Task task = task(reference, OPEN_VOTING, number, "Item " + number + " is not the next item to vote on.");
        AgendaItem item = voting.open(reference, number);
        tasks.complete(task.getId());
        return item;
    }

    AgendaItem closeItem(String reference, int number) {
        Task task = task(reference, CLOSE_ITEM, number, "Item " + number + " cannot be closed now: open its voting first, "
                + "or it is not the item at hand.");
        AgendaItem item = voting.close(reference, number);
        tasks.complete(task.getId());
        return item;
    }

    void confirmMinutes(String reference) {
        tasks.complete(task(reference, CONFIRM_MINUTES, null, "There are no minutes to confirm: "
                + "they are written after the last item.").getId());
    }

    private Task task(String reference, String definitionKey, Integer itemNumber, String otherwise) {
        var query = tasks.createTaskQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(Assemblies.PROCESS_KEY).taskDefinitionKey(definitionKey);
        if (itemNumber != null) {
            query = query.taskVariableValueEquals(AssemblyProcess.ITEM_NUMBER, itemNumber);
        }
        Task task = query.singleResult();
        if (task == null) {
            throw new ConflictException(otherwise);
        }
        return task;
    }
}
