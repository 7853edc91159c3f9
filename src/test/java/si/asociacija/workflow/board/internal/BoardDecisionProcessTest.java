package si.asociacija.workflow.board.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.WorkflowTest;

/** Every path of process {@code board-decision}, with the demo board of 13. */
class BoardDecisionProcessTest extends WorkflowTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ResolutionRepository resolutions;

    @Test
    void motionPassesAsSoonAsTheOutcomeCannotChange() {
        ProcessInstance motion = startMotion("P7D");
        assertThat(motion).isWaitingAt("Task_BoardVote");
        assertThat(voteTasks(motion)).hasSize(13);

        for (int i = 1; i <= 6; i++) {
            vote(motion, board(i), "APPROVE");
        }
        assertThat(motion).isWaitingAt("Task_BoardVote");
        vote(motion, board(7), "APPROVE");

        assertThat(motion).isEnded().hasPassed("Task_Resolve").hasNotPassed("Task_DecideNoQuorum");
        assertThat(voteTasks(motion)).isEmpty();
        Resolution resolution = resolution(motion);
        assertThat(resolution.getOutcome()).isEqualTo("APPROVED");
        assertThat(resolution.getNumber()).matches("UO-\\d{4}/\\d{3}");
        assertThat(motion.getBusinessKey()).isEqualTo(resolution.getNumber());
        assertThat(resolution.getClosedAt()).isNotNull();
        assertThat(votes(motion)).hasSize(7).allSatisfy(v -> {
            assertThat(v.getVote()).isEqualTo(Vote.Choice.APPROVE);
            assertThat(v.getComment()).startsWith("Komentar");
            assertThat(v.getCastAt()).isNotNull();
        });
    }

    @Test
    void motionIsRejectedWhenMoreVoteAgainstThanFor() {
        ProcessInstance motion = startMotion(null);
        vote(motion, board(1), "ABSTAIN");
        vote(motion, board(2), "APPROVE");
        vote(motion, board(3), "APPROVE");
        for (int i = 4; i <= 13 && !voteTasks(motion).isEmpty(); i++) {
            vote(motion, board(i), "REJECT");
        }

        assertThat(motion).isEnded().hasPassed("Task_Resolve");
        assertThat(resolution(motion).getOutcome()).isEqualTo("REJECTED");
        assertThat(historicVariable(motion, "outcome")).isEqualTo("REJECTED");
    }

    @Test
    void everyBoardMemberIsToldThatAVoteIsOpenAndTheTaskIsDueAtTheDeadline() {
        ProcessInstance motion = startMotion("P5D");
        String number = resolution(motion).getNumber();
        Date deadline = (Date) runtimeService.getVariable(motion.getId(), "deadline");

        assertThat(deadline.toInstant()).isCloseTo(Instant.now().plus(5, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));
        assertThat(voteTasks(motion)).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(deadline));
        assertThat(mailTemplates(number)).hasSize(13).containsOnly("board-vote-open");
        assertThat(mailTemplatesTo(number, "board13@asociacija.local")).containsExactly("board-vote-open");
    }

    @Test
    void thoseWhoHaveNotVotedAreRemindedTwoDaysBeforeTheDeadline() {
        ProcessInstance motion = startMotion("P7D");
        String number = resolution(motion).getNumber();
        vote(motion, board(1), "APPROVE");

        Job reminder = job("Timer_ReminderBeforeDeadline", motion);
        Date deadline = (Date) runtimeService.getVariable(motion.getId(), "deadline");
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(deadline.toInstant().minus(2, ChronoUnit.DAYS));
        execute(reminder);

        assertThat(motion).isWaitingAt("Task_BoardVote").hasPassed("Task_RemindVoters");
        assertThat(mailTemplatesTo(number, "board01@asociacija.local")).containsExactly("board-vote-open");
        assertThat(mailTemplatesTo(number, "board02@asociacija.local")).containsExactly("board-vote-open", "board-vote-reminder");
        assertThat(mailTemplates(number).stream().filter("board-vote-reminder"::equals)).hasSize(12);
    }

    @Test
    void deadlineWithQuorumDecidesOnTheVotesCast() {
        ProcessInstance motion = startMotion("P7D");
        for (int i = 1; i <= 5; i++) {
            vote(motion, board(i), "APPROVE");
        }
        vote(motion, board(6), "REJECT");
        vote(motion, board(7), "REJECT");
        assertThat(motion).isWaitingAt("Task_BoardVote");

        execute(job("Timer_VotingDeadline", motion));

        assertThat(motion).isEnded().hasPassed("Task_Resolve");
        assertThat(voteTasks(motion)).isEmpty();
        assertThat(resolution(motion).getOutcome()).isEqualTo("APPROVED");
    }

    @Test
    void noQuorumAtTheDeadlineIsExtendedByStaffAndThenDecided() {
        ProcessInstance motion = startMotion("P7D");
        for (int i = 1; i <= 3; i++) {
            vote(motion, board(i), "APPROVE");
        }
        execute(job("Timer_VotingDeadline", motion));

        assertThat(motion).isWaitingAt("Task_DecideNoQuorum");
        assertThat(BpmnAwareTests.task(motion)).hasCandidateGroup("staff");
        assertThat((String) runtimeService.getVariable(motion.getId(), "voteSummary")).contains("Approve: 3").contains("not voted: 10");

        BpmnAwareTests.complete(
                BpmnAwareTests.task(motion),
                Map.of("extend", true, "extensionPeriod", "P3D"));

        assertThat(motion).isWaitingAt("Task_BoardVote");
        assertThat(voteTasks(motion)).hasSize(10).noneMatch(t -> t.getAssignee().equals(board(1)));
        assertThat(resolution(motion).getDeadline()).isCloseTo(Instant.now().plus(3, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));
        for (int i = 4; i <= 7; i++) {
            vote(motion, board(i), "APPROVE");
        }

        assertThat(motion).isEnded().hasPassed("Task_ExtendDeadline", "Task_Resolve");
        assertThat(resolution(motion).getOutcome()).isEqualTo("APPROVED");
        assertThat(votes(motion)).hasSize(7);
    }

    @Test
    void noQuorumAtTheDeadlineClosedByStaffIsNotDecided() {
        ProcessInstance motion = startMotion("P7D");
        vote(motion, board(1), "REJECT");
        execute(job("Timer_VotingDeadline", motion));
        BpmnAwareTests.complete(
                BpmnAwareTests.task(motion), Map.of("extend", false));

        assertThat(motion).isEnded().hasPassed("Task_CloseNotDecided").hasNotPassed("Task_Resolve");
        assertThat(resolution(motion).getOutcome()).isEqualTo("NOT_DECIDED");
        assertThat(historicVariable(motion, "outcome")).isEqualTo("NOT_DECIDED");
    }

    @Test
    void theWholeBoardVotingAtTheSameMomentLosesNoVote() throws Exception {
        ProcessInstance motion = startMotion("P7D");
        ExecutorService pool = Executors.newFixedThreadPool(13);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> votes = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            String member = board(i);
            String choice = i <= 6 ? "APPROVE" : i <= 12 ? "REJECT" : "ABSTAIN";
            Task task = taskService.createTaskQuery().processInstanceId(motion.getId()).taskAssignee(member).singleResult();
            votes.add(pool.submit(() -> {
                start.await();
                processEngine.getIdentityService().setAuthenticatedUserId(member);
                try {
                    taskService.complete(task.getId(), Map.of("vote", choice));
                } finally {
                    processEngine.getIdentityService().clearAuthentication();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> vote : votes) {
            vote.get(30, TimeUnit.SECONDS); // throws if any vote failed
        }
        pool.shutdown();
        awaitJobs(motion.getId());

        assertThat(motion).isEnded().hasPassed("Task_Resolve");
        assertThat(votes(motion)).hasSize(13);
        assertThat(resolution(motion).getOutcome()).isEqualTo("REJECTED");
    }

    @Test
    void invalidVoteIsRefusedAndChangesNothing() {
        ProcessInstance motion = startMotion("P7D");
        Task task = taskService.createTaskQuery().processInstanceId(motion.getId()).taskAssignee(board(1)).singleResult();

        assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("vote", "MAYBE")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("vote: must be APPROVE, REJECT or ABSTAIN");

        assertThat(voteTasks(motion)).hasSize(13);
        assertThat(votes(motion)).isEmpty();
    }

    @Test
    void aVoteCannotBeCastForSomeoneElseNorChangeTheMotion() {
        ProcessInstance motion = startMotion("P7D");
        String number = resolution(motion).getNumber();
        Task task = taskService.createTaskQuery().processInstanceId(motion.getId()).taskAssignee(board(1)).singleResult();

        taskService.setAssignee(task.getId(), board(2));
        assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("vote", "APPROVE")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Only board01 may cast this vote");
        taskService.setAssignee(task.getId(), board(1));

        processEngine.getIdentityService().setAuthenticatedUserId(board(2));
        try {
            assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("vote", "APPROVE")))
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Only board01");
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
        assertThat(votes(motion)).isEmpty();

        taskService.complete(task.getId(), Map.of("vote", "APPROVE", "title", "Forged title", "motionText", "Forged"));
        awaitJobs(motion.getId());
        assertThat(runtimeService.getVariable(motion.getId(), "title")).isEqualTo("Sklep o sodelovanju pri pozivu");
        assertThat(resolution(motion).getNumber()).isEqualTo(number);
        assertThat(votes(motion)).singleElement().satisfies(v -> assertThat(v.getVoter()).isEqualTo(board(1)));
    }

    @Test
    void shortVoteIsRemindedHalfWayRatherThanAtOnce() {
        ProcessInstance motion = startMotion("P1D");
        Date deadline = (Date) runtimeService.getVariable(motion.getId(), "deadline");
        assertThat(job("Timer_ReminderBeforeDeadline", motion).getDuedate().toInstant())
                .isCloseTo(deadline.toInstant().minus(12, ChronoUnit.HOURS), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void motionWithoutTextOrWithABadPeriodIsRefused() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("board-decision").count();
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("board-decision", Map.of("title", "Brez besedila")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("motionText");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("board-decision",
                Map.of("title", "T", "motionText", "M", "votingPeriod", "next week")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("votingPeriod");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("board-decision").count()).isEqualTo(before);
    }

    private ProcessInstance startMotion(String votingPeriod) {
        Map<String, Object> variables = new HashMap<>(Map.of(
                "title", "Sklep o sodelovanju pri pozivu",
                "motionText", "Upravni odbor sprejme sklep o sodelovanju."));
        if (votingPeriod != null) {
            variables.put("votingPeriod", votingPeriod);
        }
        return runtimeService.startProcessInstanceByKey("board-decision", variables);
    }

    private void vote(ProcessInstance motion, String boardMember, String choice) {
        Task task = taskService.createTaskQuery().processInstanceId(motion.getId()).taskAssignee(boardMember).singleResult();
        assertThat(task).as("vote task of " + boardMember).isNotNull();
        taskService.complete(task.getId(), Map.of("vote", choice, "comment", "Komentar " + boardMember));
        awaitJobs(motion.getId());
    }

    private List<Task> voteTasks(ProcessInstance motion) {
        return taskService.createTaskQuery().processInstanceId(motion.getId()).taskDefinitionKey("Task_BoardVote").list();
    }

    private Object historicVariable(ProcessInstance motion, String name) {
        return processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(motion.getId()).variableName(name).singleResult().getValue();
    }

    private Resolution resolution(ProcessInstance motion) {
        return resolutions.findByProcessInstanceId(motion.getId()).orElseThrow();
    }

    @Transactional(readOnly = true)
    List<Vote> votes(ProcessInstance motion) {
        return resolutions.findByIdWithVotes(resolution(motion).getId()).getVotes();
    }

    static String board(int i) {
        return String.format("board%02d", i);
    }
}
