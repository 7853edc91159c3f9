package si.asociacija.workflow.counselling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.lang3.exception.ExceptionUtils;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.counselling.CaseOutcome;
import si.asociacija.workflow.counselling.internal.mailbox.InboundMailProcessor;
import si.asociacija.workflow.counselling.internal.mailbox.InboundMailReader;
import si.asociacija.workflow.counselling.internal.web.CaseStatusPage;
import si.asociacija.workflow.identity.Groups;
import si.asociacija.workflow.identity.People;
import si.asociacija.workflow.shared.WorkingDays;

/** Every path of process {@code assistance-case}. */
class AssistanceCaseProcessTest extends WorkflowTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    CaseIntake cases;
    @Autowired
    AssistanceCaseRepository repository;
    @Autowired
    CaseStatusPage statusPage;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    InboundMailProcessor inbound;
    @Autowired
    CaseTaskTexts taskTexts;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;

    @Test
    void triageToSpamClosesTheCaseWithoutWritingToTheSender() {
        ProcessInstance process = open();
        assertThat(process).isWaitingAt("Task_Triage");
        assertThat(task(process)).hasCandidateGroup("staff");

        complete(task(process), Map.of("triageDecision", "SPAM", "internalNote", "Oglas za kripto."));

        assertThat(process).isEnded().hasPassed("End_ClosedAtTriage");
        AssistanceCase c = reload(process);
        assertThat(c.getOutcome()).isEqualTo(CaseOutcome.SPAM);
        assertThat(mailTemplates(c.getReference())).containsExactly("case-received");
    }

    @Test
    void triageAsDuplicateNeedsTheOriginalAndClosesTheCase() {
        ProcessInstance original = open();
        String originalReference = reload(original).getReference();
        ProcessInstance process = open();
        assertThatThrownBy(() -> complete(task(process), Map.of("triageDecision", "DUPLICATE", "duplicateOf", "SC-1999-9999")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("duplicateOf");

        complete(task(process), Map.of("triageDecision", "DUPLICATE", "duplicateOf", originalReference));

        assertThat(process).isEnded().hasPassed("End_ClosedAtTriage");
        assertThat(reload(process).getOutcome()).isEqualTo(CaseOutcome.DUPLICATE);
        String thread = transactions.execute(status -> taskTexts.thread(reload(process)));
        assertThat(thread).contains("Duplicate of " + originalReference);

        // the client's reply to the duplicate joins the original case
        AssistanceCase duplicate = reload(process);
        inbound.receive(new InboundMailReader.ParsedMail("<" + UUID.randomUUID() + "@example.si>", false,
                duplicate.getEmail(), "Maja", "Re: [" + duplicate.getReference() + "] Prejeli smo vaše vprašanje", false, 100,
                "Dopolnitev.", List.of(), List.of(duplicate.getReference()), List.of(), "sl"));
        String originalThread = transactions.execute(status -> taskTexts.thread(reload(original)));
        assertThat(originalThread).contains("Dopolnitev.");
    }

    @Test
    void keptOpenTheCaseReturnsToTheCounsellorWithTheAnswerSent() {
        ProcessInstance process = open();
        assign(process);
        complete(task(process), Map.of("answer", "Prvi del odgovora.", "nextState", "OPEN"));

        assertThat(process).isWaitingAt("Task_Work");
        assertThat(runtimeService.getVariables(process.getId())).doesNotContainKey("answer");
        assertThat(reload(process).getStatus()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(mailTemplates(reload(process).getReference())).containsExactly("case-received", "case-answer");
    }

    @Test
    void answerAndResolveThenTheWindowForReopeningCloses() {
        ProcessInstance process = open();
        assign(process);
        assertThat(process).isWaitingAt("Task_Work");
        assertThat(task(process)).isAssignedTo("counsellor1");
        assertThat(task(process).getDueDate()).isEqualTo(Date.from(reload(process).getFirstResponseDue()));

        complete(task(process), Map.of("answer", "Prispevke krije država, če ...", "internalNote", "Preveri razvid.",
                "nextState", "RESOLVED"));

        assertThat(process).isWaitingAt("Receive_ReopenWindow").hasPassed("Task_Resolve");
        AssistanceCase c = reload(process);
        assertThat(c.getStatus()).isEqualTo(CaseState.RESOLVED);
        assertThat(c.getFirstResponseAt()).isNotNull();
        assertThat(mailTemplates(c.getReference())).containsExactly("case-received", "case-answer", "case-resolved");
        assertThat(statusPage.findByToken(c.getStatusToken()).orElseThrow())
                .satisfies(page -> {
                    assertThat(page.canRate()).isTrue();
                    assertThat(page.history()).extracting(s -> s.note()).doesNotContain("Preveri razvid.");
                    assertThat(page.history()).extracting(s -> s.status())
                            .containsExactly("IN", "ASSIGNED", "OUT", "IN_PROGRESS", "RESOLVED");
                });
        statusPage.rate(c.getStatusToken(), 5);
        assertThat(reload(process).getRating()).isEqualTo(5);

        execute(job("Timer_ReopenWindowOver", process));
        assertThat(process).isEnded().hasPassed("End_Closed");
    }

    @Test
    void waitingForTheClientEndsWhenTheyReply() {
        ProcessInstance process = open();
        assign(process);
        complete(task(process), Map.of("answer", "Potrebujemo vašo pogodbo.", "nextState", "WAIT"));

        assertThat(process).isWaitingAt("Receive_ClientReply");
        AssistanceCase c = reload(process);
        assertThat(c.getStatus()).isEqualTo(CaseState.WAITING_FOR_CLIENT);

        statusPage.answer(c.getStatusToken(), "Pogodba je v prilogi.");

        assertThat(process).isWaitingAt("Task_Work");
        assertThat((String) runtimeService.getVariable(process.getId(), "thread")).contains("Pogodba je v prilogi.");
    }

    @Test
    void waitingTooLongRemindsAfterFiveWorkingDaysAndClosesAfterFifteen() {
        ProcessInstance process = open();
        assign(process);
        complete(task(process), Map.of("answer", "Pošljite odločbo.", "nextState", "WAIT"));
        Instant now = Instant.now();

        Job reminder = job("Timer_RemindClient", process);
        assertThat(reminder.getDuedate().toInstant()).isBetween(workingDays.plusWorkingDays(now, 5).minusSeconds(60),
                workingDays.plusWorkingDays(now, 5).plusSeconds(60));
        execute(reminder);
        assertThat(process).isWaitingAt("Receive_ClientReply");

        Job close = job("Timer_CloseWithoutReply", process);
        assertThat(close.getDuedate().toInstant()).isBetween(workingDays.plusWorkingDays(now, 15).minusSeconds(60),
                workingDays.plusWorkingDays(now, 15).plusSeconds(60));
        execute(close);

        assertThat(process).isWaitingAt("Receive_ReopenWindow");
        AssistanceCase c = reload(process);
        assertThat(c.getOutcome()).isEqualTo(CaseOutcome.NO_REPLY);
        assertThat(mailTemplates(c.getReference())).containsExactly("case-received", "case-answer",
                "case-waiting-reminder", "case-auto-closed");
    }

    @Test
    void aReplyWithinFourteenDaysReopensAClosedCase() {
        ProcessInstance process = open();
        assign(process);
        complete(task(process), Map.of("answer", "Odgovor.", "nextState", "RESOLVED"));
        AssistanceCase c = reload(process);

        statusPage.answer(c.getStatusToken(), "Imam še eno vprašanje.");

        assertThat(process).isWaitingAt("Task_Work").hasPassed("Task_Reopen");
        assertThat(reload(process).getStatus()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(mailTemplates(c.getReference())).endsWith("case-reopened");
    }

    @Test
    void overdueFirstResponseNotifiesStaffAndMarksTheCase() {
        ProcessInstance process = open();
        AssistanceCase c = reload(process);
        Job sla = job("Timer_FirstResponseDue", process);
        assertThat(sla.getDuedate().toInstant()).isEqualTo(c.getFirstResponseDue());
        assertThat(c.getFirstResponseDue()).isEqualTo(workingDays.plusWorkingDays(c.getReceivedAt(), 1)); // SOCIAL_SECURITY in tests
        assertThat(task(process).getDueDate()).isEqualTo(Date.from(c.getFirstResponseDue()));

        execute(sla);

        assertThat(process).isWaitingAt("Task_Triage");
        assertThat(reload(process).isFirstResponseOverdue()).isTrue();
        assertThat(mailTemplatesTo(c.getReference(), "staff@asociacija.local")).containsExactly("case-sla-breach");
    }

    @Test
    void whenTheEngineClockPassesTheDueTimeTheJobExecutorEscalates() {
        ProcessInstance process = open();
        AssistanceCase c = reload(process);
        try {
            ClockUtil.setCurrentTime(Date.from(c.getFirstResponseDue().plusSeconds(60)));
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> reload(process).isFirstResponseOverdue());
        } finally {
            ClockUtil.reset();
        }
        assertThat(process).isWaitingAt("Task_Triage").hasPassed("Task_FirstResponseOverdue");
    }

    @Test
    void theTopicChosenAtTriageSetsTheSlaAndTheCounsellorsTaskIsDueAtTheFirstResponse() {
        ProcessInstance process = open();
        assign(process);
        AssistanceCase c = reload(process);
        // application-test.yaml: SOCIAL_SECURITY answers within 1 working day
        assertThat(c.getFirstResponseDue()).isEqualTo(workingDays.plusWorkingDays(c.getReceivedAt(), 1));
        assertThat(job("Timer_FirstResponseDue", process).getDuedate().toInstant()).isEqualTo(c.getFirstResponseDue());
        assertThat(task(process).getDueDate().toInstant()).isEqualTo(c.getFirstResponseDue());

        complete(task(process), Map.of("answer", "Prvi odgovor.", "nextState", "OPEN"));
        assertThat(task(process).getDueDate().toInstant()).isEqualTo(reload(process).getResolutionDue());
    }

    @Test
    void triageToANonCounsellorIsRefusedAndChangesNothing() {
        ProcessInstance process = open();
        String taskId = task(process).getId();
        assertThatThrownBy(() -> complete(task(process), Map.of("triageDecision", "ASSIGN", "topic", "TAXES",
                "priority", "HIGH", "counsellor", "board01", "internalNote", "Za upravni odbor.")))
                .satisfies(refused -> assertThat(ExceptionUtils.throwableOfType(refused, BadUserRequestException.class))
                        .hasMessageStartingWith("counsellor: choose one of the counsellors"));

        assertThat(process).isWaitingAt("Task_Triage");
        assertThat(task(process).getId()).isEqualTo(taskId);
        assertThat(runtimeService.getVariables(process.getId())).doesNotContainKeys("triageDecision", "counsellor");
        AssistanceCase c = reload(process);
        assertThat(c.getStatus()).isEqualTo(CaseState.RECEIVED);
        assertThat(c.getCounsellor()).isNull();
        String thread = transactions.execute(status -> taskTexts.thread(reload(process)));
        assertThat(thread).doesNotContain("Za upravni odbor.");
    }

    @Test
    void theTriageTaskOffersTheCounsellorsGroupAsItIsWhenTheTaskIsCreated() {
        String newcomer = "counsellor" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(newcomer);
        user.setFirstName("Nova");
        user.setLastName("Svetovalka");
        identityService.saveUser(user);
        identityService.createMembership(newcomer, Groups.COUNSELLORS);
        try {
            assertThat(counsellorOptions(task(open()))).containsEntry(newcomer, "Nova Svetovalka")
                    .containsExactlyInAnyOrderEntriesOf(counsellors());
        } finally {
            identityService.deleteUser(newcomer);
        }
        assertThat(counsellorOptions(task(open()))).doesNotContainKey(newcomer)
                .containsEntry("counsellor1", "Svetovalka 1 (Counsellor)")
                .containsExactlyInAnyOrderEntriesOf(counsellors());
    }

    /** The triage task's counsellor options, user id to label, as the Json variable that Tasklist reads. */
    private Map<String, String> counsellorOptions(Task triage) {
        JsonValue options = taskService.getVariableLocalTyped(triage.getId(), CounsellingProcess.COUNSELLOR_OPTIONS);
        assertThat(options.getType()).isEqualTo(SpinValueType.JSON);
        return options.getValue().elements().stream().collect(Collectors.toMap(
                option -> option.prop("value").stringValue(), option -> option.prop("label").stringValue()));
    }

    private Map<String, String> counsellors() {
        return identityService.createUserQuery().memberOfGroup(Groups.COUNSELLORS).list().stream()
                .collect(Collectors.toMap(User::getId, People::displayName));
    }

    private ProcessInstance open() {
        String reference = transactions.execute(status -> cases.open("Maja Kiparka", TestData.email("maja"), Topic.SOCIAL_SECURITY,
                "sl", null, new CaseMessage(CaseMessage.Kind.IN, "maja@example.si", null, "Ali mi država plača prispevke?",
                        null, Instant.now()), null).getReference());
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
    }

    private void assign(ProcessInstance process) {
        complete(task(process), Map.of("triageDecision", "ASSIGN", "topic", "SOCIAL_SECURITY", "priority", "NORMAL",
                "counsellor", "counsellor1"));
    }

    private AssistanceCase reload(ProcessInstance process) {
        String reference = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(process.getId()).singleResult().getBusinessKey();
        return repository.findByReference(reference).orElseThrow();
    }
}
