package si.asociacija.workflow.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.shared.ConflictException;

/** Every path of process {@code membership-application}. */
class MembershipApplicationProcessTest extends WorkflowTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    MembershipApplications service;
    @Autowired
    MembershipApplicationRepository applications;
    @Autowired
    MemberRepository members;
    @Autowired
    ApplicationStatusPage statusPage;

    @Test
    void completeApplicationApprovedByTheBoardMakesAMember() {
        ProcessInstance application = apply();
        String reference = application.getBusinessKey();
        assertThat(application).isWaitingAt("Task_CheckCompleteness");
        assertThat(task(application)).hasCandidateGroup("staff");
        assertThat((String) runtimeService.getVariable(application.getId(), "applicationSummary")).contains(reference);

        complete(task(application), Map.of("complete", true));

        assertThat(application).isWaitingAt("Call_BoardDecision");
        ProcessInstance board = calledProcessInstance("board-decision", application);
        assertThat(board.getBusinessKey()).isEqualTo(reference);
        assertThat(status(reference)).isEqualTo(ApplicationStatus.BOARD_VOTING);
        boardVotes(board, 7, "APPROVE");

        assertThat(application).isEnded().hasPassed("Task_RegisterMember");
        Member member = members.findByApplicationReference(reference).orElseThrow();
        assertThat(member.getStatus()).isEqualTo(Member.Status.ACTIVE);
        assertThat(member.getMembershipNumber()).matches("M-\\d{4}-\\d{4,}");
        assertThat(member.getType()).isEqualTo(ApplicantType.INDIVIDUAL);
        assertThat(applications.findByReference(reference).orElseThrow().getResolutionNumber()).matches("UO-\\d{4}/\\d{3}");
        assertThat(status(reference)).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(mailTemplates(reference)).containsExactly(
                "application-received", "application-board-review", "application-approved");
    }

    @Test
    void rejectedApplicationTellsApplicantWhy() {
        ProcessInstance application = apply();
        String reference = application.getBusinessKey();
        complete(task(application), Map.of("complete", true));
        boardVotes(calledProcessInstance("board-decision", application), 7, "REJECT");

        assertThat(application).isWaitingAt("Task_WriteRejectionReason");
        assertThat(task(application)).hasCandidateGroup("staff");
        assertThat((String) runtimeService.getVariable(application.getId(), "resolutionNumber")).startsWith("UO-");
        complete(task(application), Map.of("rejectionReason", "Dejavnost ni s področja kulture."));

        assertThat(application).isEnded().hasPassed("Task_NotifyRejection");
        MembershipApplication record = applications.findByReference(reference).orElseThrow();
        assertThat(record.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(record.getRejectionReason()).isEqualTo("Dejavnost ni s področja kulture.");
        assertThat(members.findByApplicationReference(reference)).isEmpty();
        assertThat(mailTemplates(reference)).containsExactly(
                "application-received", "application-board-review", "application-rejected");
    }

    @Test
    void missingInformationAnsweredOnTheStatusPageReturnsToTheCheck() {
        ProcessInstance application = apply();
        String reference = application.getBusinessKey();
        complete(task(application), Map.of("complete", false, "missingInfo", "Priložite seznam del."));

        assertThat(application).isWaitingAt("Receive_MissingInfo");
        MembershipApplication record = applications.findByReference(reference).orElseThrow();
        assertThat(record.getStatus()).isEqualTo(ApplicationStatus.MISSING_INFO);
        assertThat(statusPage.findByToken(record.getStatusToken()).orElseThrow())
                .satisfies(page -> {
                    assertThat(page.awaitingAnswer()).isTrue();
                    assertThat(page.question()).isEqualTo("Priložite seznam del.");
                });

        statusPage.answer(record.getStatusToken(), "Seznam del: razstava 2024, performans 2025.");

        assertThat(application).isWaitingAt("Task_CheckCompleteness");
        assertThat((String) runtimeService.getVariable(application.getId(), "applicationSummary"))
                .contains("Seznam del: razstava 2024");
        assertThat(status(reference)).isEqualTo(ApplicationStatus.INFO_PROVIDED);
        assertThat(mailTemplates(reference)).containsExactly("application-received", "application-missing-info");

        complete(task(application), Map.of("complete", true));
        assertThat(application).isWaitingAt("Call_BoardDecision");
    }

    @Test
    void unansweredRequestIsRemindedAfterSevenDaysAndWithdrawnAfterThirty() {
        ProcessInstance application = apply();
        String reference = application.getBusinessKey();
        complete(task(application), Map.of("complete", false, "missingInfo", "Manjka podpis."));

        Job reminder = job("Timer_MissingInfoReminder", application);
        Job withdrawal = job("Timer_MissingInfoWithdraw", application);
        assertThat(reminder.getDuedate().toInstant()).isCloseTo(Instant.now().plus(7, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));
        assertThat(withdrawal.getDuedate().toInstant()).isCloseTo(Instant.now().plus(30, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));

        execute(reminder);
        assertThat(application).isWaitingAt("Receive_MissingInfo").hasPassed("Task_RemindApplicant");

        execute(job("Timer_MissingInfoWithdraw", application));
        assertThat(application).isEnded().hasPassed("Task_WithdrawApplication");
        MembershipApplication record = applications.findByReference(reference).orElseThrow();
        assertThat(record.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(record.isOpen()).isFalse();
        assertThat(mailTemplates(reference)).containsExactly("application-received", "application-missing-info",
                "application-missing-info-reminder", "application-withdrawn");
        assertThatThrownBy(() -> statusPage.answer(record.getStatusToken(), "prepozno"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void boardWithoutQuorumIsAskedAgainAndThenDecides() {
        ProcessInstance application = apply();
        String reference = application.getBusinessKey();
        complete(task(application), Map.of("complete", true));
        ProcessInstance firstVote = calledProcessInstance("board-decision", application);
        execute(job("Timer_VotingDeadline", firstVote));
        complete(task(firstVote), Map.of("extend", false));

        assertThat(application).isWaitingAt("Task_HandleUndecided");
        complete(task(application), Map.of("resubmit", true));

        assertThat(application).isWaitingAt("Call_BoardDecision");
        ProcessInstance secondVote = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(application.getId()).singleResult();
        assertThat(secondVote.getId()).isNotEqualTo(firstVote.getId());
        boardVotes(secondVote, 7, "APPROVE");

        assertThat(application).isEnded().hasPassed("Task_RegisterMember");
        assertThat(members.findByApplicationReference(reference)).isPresent();
        assertThat(mailTemplates(reference)).containsOnlyOnce("application-board-review");
    }

    @Test
    void boardWithoutQuorumCanEndInAReasonedRejection() {
        ProcessInstance application = apply();
        complete(task(application), Map.of("complete", true));
        ProcessInstance vote = calledProcessInstance("board-decision", application);
        execute(job("Timer_VotingDeadline", vote));
        complete(task(vote), Map.of("extend", false));
        complete(task(application), Map.of("resubmit", false));

        assertThat(application).isWaitingAt("Task_WriteRejectionReason");
        complete(task(application), Map.of("rejectionReason", "Odbor dvakrat ni bil sklepčen."));
        assertThat(application).isEnded().hasPassed("Task_NotifyRejection");
        assertThat(status(application.getBusinessKey())).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void paperApplicationTypedInByStaffIsValidatedAndRegistered() {
        String email = TestData.email("papir");
        Map<String, Object> form = new HashMap<>(Map.of("type", "ORGANISATION", "name", "Kulturno društvo Papir",
                "email", email, "address", "Trubarjeva 1, Ljubljana", "registrationNumber", TestData.registrationNumber(),
                "taxNumber", TestData.taxNumber(), "field", "PUBLISHING", "motivation", "Izdajamo knjige.",
                "language", "sl", "consent", true));

        ProcessInstance application = runtimeService.startProcessInstanceByKey("membership-application", form);

        assertThat(application).isWaitingAt("Task_CheckCompleteness");
        String reference = runtimeService.createProcessInstanceQuery().processInstanceId(application.getId())
                .singleResult().getBusinessKey();
        assertThat(reference).matches("MA-\\d{4}-\\d{4}");
        assertThat(applications.findByReference(reference).orElseThrow().getEmail()).isEqualTo(email);
        // the typed-in fields are gone; what stays is the summary, the applicant's type and, once the
        // registers answered, their findings
        assertThat(runtimeService.getVariables(application.getId())).containsEntry("applicantType", "ORGANISATION");
        assertThat(runtimeService.getVariables(application.getId()).keySet()).contains("applicationSummary")
                .isSubsetOf("applicationSummary", "applicantType", ApplicationRegisterFindings.VARIABLE);
        assertThat(mailTemplates(reference)).containsExactly("application-received");
    }

    @Test
    void invalidPaperApplicationIsRefusedAndCreatesNothing() {
        long before = applications.count();
        Map<String, Object> form = new HashMap<>(Map.of("type", "ORGANISATION", "name", "Napačno društvo",
                "email", "ni-email", "address", "Ljubljana", "taxNumber", "12345678",
                "field", "MUSIC", "motivation", "x", "consent", true));

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("membership-application", form))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("email").hasMessageContaining("taxNumber").hasMessageContaining("registrationNumber");
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void askingForMissingInformationNeedsTheText() {
        ProcessInstance application = apply();
        Task check = task(application);
        assertThatThrownBy(() -> taskService.complete(check.getId(), Map.of("complete", false)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("missingInfo");
        assertThat(application).isWaitingAt("Task_CheckCompleteness");
        assertThat(status(application.getBusinessKey())).isEqualTo(ApplicationStatus.RECEIVED);
    }

    @Test
    void completenessCheckNeedsItsDecision() {
        ProcessInstance application = apply();
        Task check = task(application);
        assertThatThrownBy(() -> taskService.complete(check.getId()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("complete: choose yes or no");
        assertThat(application).isWaitingAt("Task_CheckCompleteness");
    }

    @Test
    void evidenceOfTheCultureRegisterSeenByStaffIsKeptWithTheApplicationAndShownToTheBoard() {
        ProcessInstance application = apply();
        String reference = application.getBusinessKey();
        assertThat(runtimeService.getVariable(application.getId(), "applicantType")).isEqualTo("INDIVIDUAL");
        taskService.claim(task(application).getId(), "staff");

        complete(task(application), Map.of("complete", true,
                "cultureRegisterEvidence", "Odločba MK 6142-12/2015, vpis v razvid od 3. 3. 2015"));

        MembershipApplication stored = applications.findByReference(reference).orElseThrow();
        assertThat(stored.getCultureRegisterEvidence()).isEqualTo("Odločba MK 6142-12/2015, vpis v razvid od 3. 3. 2015");
        assertThat(stored.getCultureRegisterEvidenceBy()).isEqualTo("staff");
        assertThat(stored.getCultureRegisterEvidenceAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(application.getId())
                .variableName("cultureRegisterEvidence").count()).isZero();
        ProcessInstance board = calledProcessInstance("board-decision", application);
        assertThat((String) runtimeService.getVariable(board.getId(), "motionText"))
                .contains("Dokazilo o vpisu v razvid samozaposlenih v kulturi", "Odločba MK 6142-12/2015");
    }

    @Test
    void evidenceNoteTooLongIsRefusedAndChangesNothing() {
        ProcessInstance application = apply();
        Task check = task(application);
        assertThatThrownBy(() -> taskService.complete(check.getId(), Map.of("complete", true,
                "cultureRegisterEvidence", "x".repeat(2001))))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("cultureRegisterEvidence");
        assertThat(application).isWaitingAt("Task_CheckCompleteness");
        assertThat(applications.findByReference(application.getBusinessKey()).orElseThrow().getCultureRegisterEvidence()).isNull();
    }

    @Test
    void secondOpenApplicationWithTheSameEmailIsRefused() {
        String email = TestData.email("dvakrat");
        service.apply(individual(email));
        assertThatThrownBy(() -> service.apply(individual(email.toUpperCase()))).isInstanceOf(ConflictException.class);
    }

    private ProcessInstance apply() {
        String reference = service.apply(individual(TestData.email("samozaposlena"))).reference();
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("membership-application").singleResult();
    }

    static ApplicationForm individual(String email) {
        return new ApplicationForm("INDIVIDUAL", "Ana Umetnica", email, "+386 1 234 56 78", "Metelkova 6, Ljubljana",
                null, null, "VISUAL_ARTS", "Samozaposlena v kulturi od leta 2015.", "sl", true);
    }

    private void boardVotes(ProcessInstance board, int count, String choice) {
        for (int i = 1; i <= count; i++) {
            Task vote = taskService.createTaskQuery().processInstanceId(board.getId())
                    .taskAssignee(String.format("board%02d", i)).singleResult();
            taskService.complete(vote.getId(), Map.of("vote", choice));
            awaitJobs(board.getId());
        }
    }

    private ApplicationStatus status(String reference) {
        return applications.findByReference(reference).orElseThrow().getStatus();
    }
}
