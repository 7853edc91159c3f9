package si.asociacija.workflow.advocacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.advocacy.internal.watch.Draft;
import si.asociacija.workflow.mail.OutboxEntry;

/** Every path of process {@code advocacy-case}. */
class AdvocacyCaseProcessTest extends WorkflowTest {

    @Autowired
    AdvocacyIntake intake;
    @Autowired
    AdvocacyCaseRepository cases;
    @Autowired
    MemberViewRepository views;
    @Autowired
    MemberViews memberViews;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void notActingNeedsAReasonAndClosesTheCase() {
        ProcessInstance process = open(LocalDate.now().plusDays(40));
        assertThat(process).isWaitingAt("Task_ReviewDraft");
        assertThat(task(process)).hasCandidateGroup("staff").hasDueDate(task(process).getDueDate());
        assertThat((String) taskService.getVariable(task(process).getId(), "draftSummary")).contains("Osnutek zakona o ");

        assertThatThrownBy(() -> complete(task(process), Map.of("decision", "NOT_ACTING")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reason");
        assertThat(process).isWaitingAt("Task_ReviewDraft");

        complete(task(process), Map.of("decision", "NOT_ACTING", "reason", "Ne zadeva kulture."));

        assertThat(process).isEnded().hasPassed("End_NotActing");
        AdvocacyCase c = reload(process);
        assertThat(c.getStatus()).isEqualTo(AdvocacyStatus.NOT_ACTING);
        assertThat(c.getTriageReason()).isEqualTo("Ne zadeva kulture.");
    }

    @Test
    void anItemOpensOneCaseHoweverOftenItIsOffered() {
        Draft draft = draft(LocalDate.now().plusDays(40));
        assertThat(intake.offer(draft)).isPresent();
        assertThat(intake.offer(draft)).isEmpty();
        assertThat(cases.findAll().stream().filter(c -> c.getItemKey().equals(draft.id()))).hasSize(1);
    }

    @Test
    void viewsThenPositionThenBoardApprovesThenSubmittedByEmailThenOutcome() {
        String field = "RESEARCH";
        String given = TestData.email("raziskovalka");
        String silent = TestData.email("raziskovalec");
        importMembers(given, silent, field);
        ProcessInstance process = open(LocalDate.now().plusDays(40));
        String reference = process.getBusinessKey();

        String defaultDeadline = (String) taskService.getVariable(task(process).getId(), "responseDeadline");
        assertThat(LocalDate.parse(defaultDeadline)).isBefore(LocalDate.now().plusDays(40));
        act(process, defaultDeadline, field);

        assertThat(process).isWaitingAt("Timer_ReminderTime");
        assertThat(mailTemplatesTo(reference, given)).containsExactly("advocacy-views-invitation");
        assertThat(mailTemplatesTo(reference, silent)).containsExactly("advocacy-views-invitation");
        MemberView view = viewOf(reference, given);
        memberViews.give(view.getToken(), "Predlog ne upošteva raziskovalcev.",
                List.of(new ViewFile("pripombe.txt", "text/plain", "Besedilo".getBytes(StandardCharsets.UTF_8))),
                AdvocacyCases.now());

        execute(job("Timer_ReminderTime", process));
        assertThat(mailTemplatesTo(reference, silent)).containsExactly("advocacy-views-invitation", "advocacy-views-reminder");
        assertThat(mailTemplatesTo(reference, given)).containsExactly("advocacy-views-invitation");

        execute(job("Timer_ViewsCutOff", process));
        assertThat(process).isWaitingAt("Task_DraftPosition");
        assertThat(task(process)).isAssignedTo("staff");
        String summary = (String) taskService.getVariable(task(process).getId(), "viewsSummary");
        assertThat(summary).contains("Raziskovanje / Research: 1 od ").contains("Predlog ne upošteva raziskovalcev.")
                .contains("pripombe.txt").doesNotContain(given);
        assertThatThrownBy(() -> memberViews.give(view.getToken(), "Prepozno.", List.of(), AdvocacyCases.now()))
                .hasMessageContaining("zaključeno");

        complete(task(process), Map.of("positionText", "Asociacija predlaga, da se upoštevajo raziskovalci.\n\nDrugi odstavek."));
        ProcessInstance board = calledProcessInstance("board-decision", process);
        String period = (String) runtimeService.getVariable(board.getId(), "votingPeriod");
        assertThat(Duration.parse(period)).isLessThanOrEqualTo(Duration.ofDays(3));
        assertThat((String) runtimeService.getVariable(board.getId(), "motionText")).contains("upoštevajo raziskovalci");
        boardVotes(board, "APPROVE");

        assertThat(process).isWaitingAt("Task_SubmitPosition");
        assertThat(reload(process).getStatus()).isEqualTo(AdvocacyStatus.SUBMITTING);
        assertThatThrownBy(() -> complete(task(process), Map.of("channel", "EMAIL", "consultationAddress", "ni naslov")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("consultationAddress");
        complete(task(process), Map.of("channel", "EMAIL", "consultationAddress", "gp.mk@gov.si"));

        AdvocacyCase c = reload(process);
        assertThat(c.getStatus()).isEqualTo(AdvocacyStatus.AWAITING_OUTCOME);
        OutboxEntry sent = outbox.messagesFor(reference).stream().filter(m -> m.template().equals("advocacy-position"))
                .findFirst().orElseThrow();
        assertThat(sent.recipient()).isEqualTo("gp.mk@gov.si");
        assertThat(c.getSubmissionMessageId()).isEqualTo(sent.messageId());
        assertThat(c.getSubmittedVia()).isEqualTo(SubmissionChannel.EMAIL);
        assertThat(mailTemplatesTo(reference, given)).endsWith("advocacy-position-sent");
        assertThat(mailTemplatesTo(reference, silent)).doesNotContain("advocacy-position-sent");

        assertThat(process).isWaitingAt("Task_RecordOutcome");
        complete(task(process), Map.of("reception", "PARTLY", "outcomeReason", "Delno upoštevano v 5. členu.",
                "finalTextLink", "https://www.uradni-list.si/1/objava.jsp"));
        assertThat(process).isEnded().hasPassed("End_OutcomeRecorded");
        c = reload(process);
        assertThat(c.getOutcome()).isEqualTo(Reception.PARTLY);
        assertThat(c.getClosedAt()).isNotNull();
    }

    @Test
    void boardRejectsSoTheLeadRedraftsThenSubmittedThroughEDemokracijaAndClosedWithoutAnAnswer() {
        ProcessInstance process = open(LocalDate.now().plusDays(30));
        act(process, (String) taskService.getVariable(task(process).getId(), "responseDeadline"), "PUBLISHING");
        execute(job("Timer_ReminderTime", process));
        execute(job("Timer_ViewsCutOff", process));
        complete(task(process), Map.of("positionText", "Prva različica."));
        boardVotes(calledProcessInstance("board-decision", process), "REJECT");

        assertThat(process).isWaitingAt("Task_DraftPosition");
        assertThat(reload(process).getStatus()).isEqualTo(AdvocacyStatus.DRAFTING);
        assertThat((String) taskService.getVariable(task(process).getId(), "positionText")).isEqualTo("Prva različica.");
        complete(task(process), Map.of("positionText", "Druga različica."));
        boardVotes(runtimeService.createProcessInstanceQuery().processDefinitionKey("board-decision")
                .superProcessInstanceId(process.getId()).singleResult(), "APPROVE");

        assertThatThrownBy(() -> complete(task(process), Map.of("channel", "E_DEMOKRACIJA")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("receipt");
        complete(task(process), Map.of("channel", "E_DEMOKRACIJA", "receipt", "Potrdilo št. 2027-123"));
        assertThat(reload(process).getSubmissionReceipt()).isEqualTo("Potrdilo št. 2027-123");
        assertThat(reload(process).getPositionText()).isEqualTo("Druga različica.");

        execute(job("Timer_OutcomeWaitOver", process));
        assertThat(process).isEnded().hasPassed("End_ClosedWithoutOutcome");
        assertThat(reload(process).getOutcome()).isEqualTo(Reception.NO_ANSWER);
    }

    @Test
    void aCaseNotSubmittedThreeWorkingDaysBeforeItsDeadlineEscalatesToTheOfficeHead() {
        ProcessInstance process = open(LocalDate.now().plusDays(30));
        act(process, (String) taskService.getVariable(task(process).getId(), "responseDeadline"), "MUSIC");

        execute(job("Timer_DeadlineAtRisk", process));

        assertThat(process).hasPassed("End_Escalated").isWaitingAt("Timer_ReminderTime");
        assertThat(reload(process).isEscalated()).isTrue();
        assertThat(mailTemplatesTo(process.getBusinessKey(), "staff@asociacija.local")).contains("advocacy-deadline-at-risk");
    }

    @Test
    void aReviewWithABadDeadlineOrNoFieldChangesNothing() {
        ProcessInstance process = open(LocalDate.now().plusDays(30));
        Map<String, Object> review = new HashMap<>(Map.of("decision", "ACT", "responseDeadline", LocalDate.now().plusDays(60).toString(),
                "fields", "MUSIC", "lead", "staff"));
        assertThatThrownBy(() -> complete(task(process), review)).hasMessageContaining("responseDeadline");
        review.put("responseDeadline", LocalDate.now().plusDays(20).toString());
        review.put("fields", "");
        assertThatThrownBy(() -> complete(task(process), review)).hasMessageContaining("fields");
        assertThat(process).isWaitingAt("Task_ReviewDraft");
        assertThat(reload(process).getStatus()).isEqualTo(AdvocacyStatus.REVIEW);
    }

    @Test
    void staffOpenACaseInTasklistWithTheStartFormOncePerLink() {
        String link = "https://www.ljubljana.si/razpisi/" + UUID.randomUUID();
        Map<String, Object> form = new HashMap<>(Map.of("title", "Javni razpis za kulturo 2027", "proposer", "Mestna občina Ljubljana",
                "link", "ni povezava", "consultationDeadline", LocalDate.now().plusDays(20).toString(),
                "consultationOpenedOn", LocalDate.now().minusDays(5).toString(), "consultationAddress", "kultura@ljubljana.si"));
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("advocacy-case", form))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("link");

        form.put("link", link);
        ProcessInstance process = runtimeService.startProcessInstanceByKey("advocacy-case", form);

        ProcessInstance started = runtimeService.createProcessInstanceQuery().processInstanceId(process.getId()).singleResult();
        assertThat(started.getBusinessKey()).matches("ZS-\\d{4}-\\d{3}");
        assertThat(started).isWaitingAt("Task_ReviewDraft");
        AdvocacyCase c = cases.findByReference(started.getBusinessKey()).orElseThrow();
        assertThat(c.getSource()).isEqualTo(AdvocacyCase.BY_HAND);
        assertThat(c.getItemKey()).isEqualTo(link);
        assertThat(c.daysGiven()).isEqualTo(25);
        assertThat(runtimeService.getVariables(process.getId())).doesNotContainKeys("title", "link", "summary")
                .containsEntry("consultationAddress", "kultura@ljubljana.si"); // the review form's default
        assertThat(task(started).getDueDate()).isNotNull();

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("advocacy-case", form))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("already open");
    }

    private void act(ProcessInstance process, String responseDeadline, String fields) {
        complete(task(process), Map.of("decision", "ACT", "reason", "Zadeva članstvo.", "responseDeadline", responseDeadline,
                "fields", fields, "lead", "staff"));
    }

    private ProcessInstance open(LocalDate deadline) {
        String reference = intake.offer(draft(deadline)).orElseThrow();
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("advocacy-case")
                .processInstanceBusinessKey(reference).singleResult();
    }

    private static Draft draft(LocalDate deadline) {
        String id = UUID.randomUUID().toString();
        return new Draft("test", id, "Osnutek zakona o " + id, "Ministrstvo za kulturo", "javna obravnava",
                "https://e-uprava.gov.si/drzava-in-druzba/e-demokracija/predlogi-predpisov/predlog-predpisa.html?id=" + id,
                LocalDate.now(), deadline, null);
    }

    private AdvocacyCase reload(ProcessInstance process) {
        return cases.findByReference(process.getBusinessKey()).orElseThrow();
    }

    private MemberView viewOf(String reference, String email) {
        return transactions.execute(status -> views.findByAdvocacyCaseOrderByFieldAscMembershipNumberAsc(
                cases.findByReference(reference).orElseThrow()).stream().filter(v -> v.getEmail().equals(email)).findFirst()
                .orElseThrow());
    }

    private void importMembers(String first, String second, String field) {
        String rows = "INDIVIDUAL,Ana Raziskovalka," + first + ",,," + field + ",2020-01-01,sl,\n"
                + "INDIVIDUAL,Bor Raziskovalec," + second + ",,," + field + ",2021-01-01,en,\n";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        String header = "type,name,email,registrationNumber,taxNumber,field,joinDate,language,representative\n";
        assertThat(http.withBasicAuth("staff", "demo").postForEntity("/api/members/import",
                new HttpEntity<>((header + rows).getBytes(StandardCharsets.UTF_8), headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private void boardVotes(ProcessInstance board, String choice) {
        for (int i = 1; i <= 7; i++) {
            Task vote = taskService.createTaskQuery().processInstanceId(board.getId())
                    .taskAssignee(String.format("board%02d", i)).singleResult();
            taskService.complete(vote.getId(), Map.of("vote", choice));
            awaitJobs(board.getId());
        }
    }
}
