package si.asociacija.workflow.board.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import static si.asociacija.workflow.shared.ProcessVariables.text;

import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.board.BoardDecision;
import si.asociacija.workflow.shared.ProcessVariables;
import si.asociacija.workflow.shared.Texts;

/**
 * The steps of {@code processes/board-decision.bpmn} ({@code ${boardProcess.…}}): thin adapters from
 * the process to {@link BoardDecisions}. The process reads a {@link BoardDecision.Motion} and ends
 * with a {@link BoardDecision.Result}.
 */
@Component("boardProcess")
public class BoardProcess {

    static final String VOTE_TASK = "Task_BoardVote";
    private static final Logger log = LoggerFactory.getLogger(BoardProcess.class);

    private final BoardDecisions decisions;
    private final TaskService taskService;
    private final Texts texts;
    private final ApplicationEventPublisher events;

    BoardProcess(BoardDecisions decisions, TaskService taskService, Texts texts, ApplicationEventPublisher events) {
        this.events = events;
        this.decisions = decisions;
        this.texts = texts;
        this.taskService = taskService;
    }

    /** Opens the motion: a numbered resolution record, the deadline and the reminder time. */
    public void open(DelegateExecution execution) {
        Resolution resolution = decisions.open(execution.getProcessInstanceId(), BoardDecision.Motion.given(execution));
        if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
            execution.setProcessBusinessKey(resolution.getNumber());
        }
        execution.setVariable("resolutionNumber", resolution.getNumber());
        setDeadline(execution, resolution.getDeadline());
        String about = execution.getProcessBusinessKey();
        audit(resolution.getNumber(), "opened", about == null || about.equals(resolution.getNumber()) ? null : "about " + about);
    }

    /** Board members who have yet to vote on this motion: one vote task each. */
    public List<String> voters(DelegateExecution execution) {
        return decisions.voters(execution.getProcessInstanceId());
    }

    /** A vote task was created: due at the deadline, and its board member is told by email. */
    public void voteOpened(DelegateTask task) {
        Resolution resolution = decisions.resolution(task.getProcessInstanceId());
        task.setDueDate(Date.from(resolution.getDeadline()));
        task.setDescription(resolution.getNumber() + ": " + resolution.getTitle());
        decisions.tellBoardMember(task.getAssignee(), "board-vote-open", resolution, task.getId());
    }

    /** A board member completed their vote task: the vote is recorded with its comment and time. */
    public void recordVote(DelegateTask task) {
        decisions.recordVote(task.getProcessInstanceId(), task.getAssignee(),
                task.getExecution().getVariable("boardMember"), task.getVariable("vote"), task.getVariable("comment"));
        // a named vote: the choice is part of the record
        audit(decisions.resolution(task.getProcessInstanceId()).getNumber(), "vote-cast", "vote " + task.getVariable("vote"));
    }

    /** Voting closes early once the outcome can no longer change. */
    public boolean votingClosed(DelegateExecution execution) {
        return decisions.settled(execution.getProcessInstanceId());
    }

    /** Reminds the board members who have not voted yet. */
    public void remind(DelegateExecution execution) {
        Resolution resolution = decisions.resolution(execution.getProcessInstanceId());
        List<Task> open = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(VOTE_TASK).list();
        for (Task task : open) {
            decisions.tellBoardMember(task.getAssignee(), "board-vote-reminder", resolution, task.getId());
        }
        log.info("Reminded {} board member(s) to vote on {}", open.size(), resolution.getNumber());
    }

    /** The no-quorum task may be completed only with its decision made. */
    public boolean decided(DelegateTask task, String variable) {
        return ProcessVariables.requireDecision(task, variable);
    }

    /** Counts the votes when voting closes: sets {@code quorum} and a {@code voteSummary} for staff. */
    public void tally(DelegateExecution execution) {
        VotingRules.Tally tally = decisions.tally(execution.getProcessInstanceId());
        execution.setVariable("quorum", decisions.quorum(tally));
        execution.setVariable("voteSummary", String.format("%s: %d, %s: %d, %s: %d, %s: %d (%s %d)",
                texts.both("board.tally.approve"), tally.approve(), texts.both("board.tally.reject"), tally.reject(),
                texts.both("board.tally.abstain"), tally.abstain(), texts.both("board.tally.notVoted"), tally.outstanding(),
                texts.both("board.tally.of"), tally.boardSize()));
    }

    /** Quorum reached: the resolution is adopted or rejected. */
    public void resolve(DelegateExecution execution) {
        BoardDecision.Result result = decisions.resolve(execution.getProcessInstanceId());
        result.writeTo(execution);
        audit(result.resolutionNumber(), "resolved", result.outcome().name());
    }

    /** No quorum and staff chose to extend: a new deadline from now. */
    public void extend(DelegateExecution execution) {
        Resolution resolution = decisions.extend(execution.getProcessInstanceId(), text(execution, "extensionPeriod"));
        setDeadline(execution, resolution.getDeadline());
        execution.removeVariable("extend");
        audit(resolution.getNumber(), "extended", "until " + resolution.getDeadline());
    }

    /** No quorum and staff closed the motion: outcome NOT_DECIDED. */
    public void closeNotDecided(DelegateExecution execution) {
        BoardDecision.Result result = decisions.closeNotDecided(execution.getProcessInstanceId());
        result.writeTo(execution);
        audit(result.resolutionNumber(), "resolved", result.outcome().name());
    }

    private void audit(String resolutionNumber, String action, String detail) {
        events.publishEvent(Audited.of(SubjectType.BOARD_VOTE, resolutionNumber, action, detail));
    }

    private void setDeadline(DelegateExecution execution, Instant deadline) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant reminder = deadline.minus(decisions.reminderBeforeDeadline());
        if (!reminder.isAfter(now)) {
            // a short vote: remind half-way instead of right after the vote opens
            reminder = now.plus(Duration.between(now, deadline).dividedBy(2));
        }
        execution.setVariable("deadline", Date.from(deadline));
        execution.setVariable("reminderAt", Date.from(reminder));
        execution.setVariable("deadlineText", BoardDecisions.DEADLINE_FORMAT.format(deadline));
    }
}
