package si.asociacija.workflow.advocacy.internal;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.NotFoundException;

/**
 * Staff end the gathering of views before the cut-off (enough views are in, or the deadline came
 * nearer): the members' links close and the lead's position task opens now; no reminder goes out.
 */
@Service
@Transactional
class ViewsCutOff {

    private static final List<String> WAITING = List.of("Timer_ReminderTime", "Timer_ViewsCutOff");

    private final AdvocacyCases cases;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;

    ViewsCutOff(AdvocacyCases cases, RuntimeService runtime, ApplicationEventPublisher events) {
        this.cases = cases;
        this.runtime = runtime;
        this.events = events;
    }

    void closeNow(String reference) {
        AdvocacyCase c = cases.byReference(reference);
        ProcessInstance process = runtime.createProcessInstanceQuery().processDefinitionKey(AdvocacyIntake.PROCESS_KEY)
                .processInstanceBusinessKey(reference).singleResult();
        if (process == null) {
            throw new NotFoundException();
        }
        List<String> waitingAt = runtime.getActiveActivityIds(process.getId()).stream().filter(WAITING::contains).toList();
        if (c.getStatus() != AdvocacyStatus.GATHERING_VIEWS || waitingAt.isEmpty()) {
            throw new ConflictException("Case " + reference + " is not gathering members' views.");
        }
        c.closeViews(AdvocacyCases.now());
        ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(process.getId());
        waitingAt.forEach(modification::cancelAllForActivity);
        modification.startBeforeActivity("Task_DraftPosition").execute();
        events.publishEvent(Audited.of(SubjectType.ADVOCACY, reference, "views-closed", null));
    }
}
