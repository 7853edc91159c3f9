package si.asociacija.workflow.counselling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;

import si.asociacija.workflow.ModuleTest;
import si.asociacija.workflow.TestData;
import si.asociacija.workflow.counselling.CaseClosed;
import si.asociacija.workflow.counselling.CaseOutcome;

/** Counselling on its own (with mail, portal and identity): the event it tells the other capabilities. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "identity")
class CounsellingModuleTest extends ModuleTest {

    @Autowired
    CaseIntake intake;
    @Autowired
    AssistanceCases cases;
    @Autowired
    TaskService taskService;

    @Test
    void aCaseSetAsideInTriageIsAnnouncedAsClosed(AssertablePublishedEvents events) {
        String reference = open();
        String triage = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();

        taskService.complete(triage, Map.of("triageDecision", "SPAM"));

        assertThat(events).contains(CaseClosed.class)
                .matching(e -> e.reference().equals(reference) && e.outcome() == CaseOutcome.SPAM && e.closedAt() != null);
    }

    @Test
    void aResolvedCaseIsAnnouncedAsClosed(AssertablePublishedEvents events) {
        String reference = open();

        cases.resolve(reference);

        assertThat(events).contains(CaseClosed.class)
                .matching(e -> e.reference().equals(reference) && e.outcome() == CaseOutcome.RESOLVED);
    }

    @Test
    void anOpenCaseIsNotAnnounced(AssertablePublishedEvents events) {
        String reference = open();

        assertThat(events.ofType(CaseClosed.class).matching(e -> e.reference().equals(reference))).isEmpty();
    }

    private String open() {
        return intake.open("Maja Kiparka", TestData.email("maja"), Topic.TAXES, "sl", null,
                new CaseMessage(CaseMessage.Kind.IN, "maja@example.si", null, "Kako obdavčim honorar?", null, Instant.now()),
                null).getReference();
    }
}
