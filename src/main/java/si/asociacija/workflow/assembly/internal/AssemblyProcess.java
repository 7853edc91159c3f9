package si.asociacija.workflow.assembly.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import static si.asociacija.workflow.shared.ProcessVariables.text;

import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;

/**
 * The steps of {@code processes/general-assembly.bpmn} ({@code ${assemblyProcess.…}}): thin adapters to
 * {@link Assemblies}, {@link Opening}, {@link Voting} and {@link AssemblyMinutes}. The business key is the
 * assembly's reference; the agenda loop's element variable is {@code itemNumber}.
 */
@Component("assemblyProcess")
public class AssemblyProcess {

    static final String QUORUM = "quorum";
    /** Set when the API has already done what completing a task would do. */
    static final String DONE_BY_API = "doneByApi";
    static final String ITEM_NUMBER = "itemNumber";
    private static final List<String> START_FIELDS = List.of("title", "startsAt", "place", "remoteVoting", "agenda");
    private static final List<String> OPENING_FIELDS = List.of("present", "chair", "recorder", "verifier1", "verifier2");

    private final Assemblies assemblies;
    private final AssemblyRepository repository;
    private final Opening opening;
    private final Voting voting;
    private final AttendanceList attendanceList;
    private final AssemblyTaskTexts taskTexts;
    private final AssemblyMinutes minutes;

    AssemblyProcess(Assemblies assemblies, AssemblyRepository repository, Opening opening, Voting voting,
                    AttendanceList attendanceList, AssemblyTaskTexts taskTexts, AssemblyMinutes minutes) {
        this.assemblies = assemblies;
        this.repository = repository;
        this.opening = opening;
        this.voting = voting;
        this.attendanceList = attendanceList;
        this.taskTexts = taskTexts;
        this.minutes = minutes;
    }

    /** An assembly convened from the Tasklist start form; one convened through the API is already stored. */
    public void convene(DelegateExecution execution) {
        if (Boolean.TRUE.equals(execution.getVariable(Assemblies.CONVENED_VARIABLE))) {
            execution.removeVariable(Assemblies.CONVENED_VARIABLE);
            return;
        }
        Assembly assembly;
        try {
            assembly = assemblies.register(StartForm.request(text(execution, "title"), execution.getVariable("startsAt"),
                    text(execution, "place"), execution.getVariable("remoteVoting"), text(execution, "agenda")));
        } catch (InvalidInputException e) {
            throw refused(e);
        }
        execution.setProcessBusinessKey(assembly.getReference());
        execution.removeVariables(START_FIELDS);
    }

    /** When the assembly starts (the registration timer). */
    public Date startsAt(DelegateExecution execution) {
        return Date.from(assembly(execution).getStartsAt());
    }

    public void startRegistration(DelegateExecution execution) {
        opening.startRegistration(execution.getProcessBusinessKey());
    }

    /** Registration and quorum: the task says how many are present, kept current by {@link TurnoutBoard}. */
    public void describeRegistration(DelegateTask task) {
        task.getExecution().getProcessInstance().setVariable(TurnoutBoard.REGISTRATION_SUMMARY,
                taskTexts.registration(assembly(task.getExecution())));
    }

    /** Registration and quorum completed in Tasklist: those checked in, the working bodies, the quorum decided. */
    public void registered(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (Boolean.TRUE.equals(execution.getVariable(DONE_BY_API))) {
            execution.removeVariable(DONE_BY_API);
            return;
        }
        String reference = execution.getProcessBusinessKey();
        try {
            attendanceList.checkIn(reference, text(execution, "present"));
            Opening.Decision decision = opening.open(reference, new Opening.WorkingBodies(text(execution, "chair"),
                    text(execution, "recorder"), verifiers(execution)));
            execution.setVariable(QUORUM, decision.name());
        } catch (InvalidInputException e) {
            throw refused(e);
        } catch (ConflictException e) {
            throw new BadUserRequestException(e.getMessage());
        }
        execution.removeVariables(OPENING_FIELDS);
    }

    /** A mistake in a form, each message starting with the variable's name; the start form's agenda is read into {@code items}. */
    private static BadUserRequestException refused(InvalidInputException e) {
        return new BadUserRequestException(String.join("; ", e.fields().stream()
                .map(f -> (f.startsWith("items") ? "agenda: " + f + " " : f + ": ") + e.fieldErrors().get(f)).toList()));
    }

    private static List<String> verifiers(DelegateExecution execution) {
        List<String> verifiers = new ArrayList<>();
        verifiers.add(text(execution, "verifier1"));
        verifiers.add(text(execution, "verifier2"));
        return verifiers;
    }

    /** The end of the postponement. */
    public Date postponedUntil(DelegateExecution execution) {
        return Date.from(assembly(execution).getPostponedUntil());
    }

    public void tellNotHeld(DelegateExecution execution) {
        opening.tellNotHeld(execution.getProcessBusinessKey());
    }

    /** The agenda's item numbers, in order, for the loop over the items. */
    public List<Integer> itemNumbers(DelegateExecution execution) {
        return assembly(execution).getItems().stream().map(AgendaItem::getNumber).toList();
    }

    /** Whether the current item is voted on (all but information items). */
    public boolean voted(DelegateExecution execution) {
        return Voting.item(assembly(execution), itemNumber(execution)).isVoted();
    }

    /** An item's task says which item and, for closing, its turnout. */
    public void describeItem(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        task.setVariableLocal(ITEM_NUMBER, itemNumber(execution));
        task.setVariableLocal("itemSummary", taskTexts.item(assembly(execution), itemNumber(execution)));

    }

    public void openItem(DelegateTask task) {
        voting.open(task.getExecution().getProcessBusinessKey(), itemNumber(task.getExecution()));
    }

    public void closeItem(DelegateTask task) {
        voting.close(task.getExecution().getProcessBusinessKey(), itemNumber(task.getExecution()));
    }

    /** After the last item: the minutes are drafted for staff to confirm. */
    public void draftMinutes(DelegateExecution execution) {
        minutes.draft(execution.getProcessBusinessKey());
    }

    public void describeMinutes(DelegateTask task) {
        task.setVariableLocal("minutesSummary", taskTexts.minutes(assembly(task.getExecution())));
    }

    /** Confirmed: the minutes go to every member. */
    public void sendMinutes(DelegateExecution execution) {
        minutes.confirm(execution.getProcessBusinessKey());
    }

    private static int itemNumber(DelegateExecution execution) {
        return ((Number) execution.getVariable(ITEM_NUMBER)).intValue();
    }

    private Assembly assembly(DelegateExecution execution) {
        return repository.findByReference(execution.getProcessBusinessKey()).orElseThrow(NotFoundException::new);
    }
}
