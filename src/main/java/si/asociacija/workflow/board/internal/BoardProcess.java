package si.asociacija.workflow.board.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static si.asociacija.workflow.shared.ProcessVariables.text;

import si.asociacija.workflow.identity.People;
import si.asociacija.workflow.mail.MailOutbox;
import si.asociacija.workflow.mail.OutgoingMail;
import si.asociacija.workflow.portal.PublicLinks;
import si.asociacija.workflow.shared.ReferenceNumbers;

/**
 * The steps of {@code processes/board-decision.bpmn} ({@code ${boardProcess.…}}). Times come from
 * the engine's clock so that deadlines and reminders follow it.
 */
@Component("boardProcess")
@Transactional
public class BoardProcess {

    static final String VOTE_TASK = "Task_BoardVote";
    private static final Logger log = LoggerFactory.getLogger(BoardProcess.class);
    private static final DateTimeFormatter DEADLINE_FORMAT = DateTimeFormatter.ofPattern("d. M. yyyy 'ob' HH:mm")
            .withZone(ReferenceNumbers.ZONE);

    private final ResolutionRepository resolutions;
    private final ReferenceNumbers referenceNumbers;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final MailOutbox mail;
    private final PublicLinks links;
    private final BoardSettings settings;

    BoardProcess(ResolutionRepository resolutions, ReferenceNumbers referenceNumbers, IdentityService identityService,
                 TaskService taskService, MailOutbox mail, PublicLinks links, BoardSettings settings) {
        this.resolutions = resolutions;
        this.referenceNumbers = referenceNumbers;
        this.identityService = identityService;
        this.taskService = taskService;
        this.mail = mail;
        this.links = links;
        this.settings = settings;
    }

    /** Opens the motion: a numbered resolution record, the deadline and the reminder time. */
    public void open(DelegateExecution execution) {
        String title = text(execution, "title");
        String motionText = text(execution, "motionText");
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new BadUserRequestException("title: a motion needs a title of at most 200 characters");
        }
        if (motionText == null || motionText.isBlank() || motionText.length() > si.asociacija.workflow.shared.TaskText.MAX) {
            throw new BadUserRequestException("motionText: a motion needs a text of at most "
                    + si.asociacija.workflow.shared.TaskText.MAX + " characters");
        }
        Duration period = duration(text(execution, "votingPeriod"), settings.defaultVotingPeriod(), "votingPeriod");
        int boardSize = boardMembers().size();
        if (boardSize == 0) {
            throw new BadUserRequestException("The group '" + settings.group() + "' has no members to vote");
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        String number = referenceNumbers.next("UO", "UO-%d/%03d");
        Resolution resolution = resolutions.save(new Resolution(number, title.trim(), motionText.trim(),
                text(execution, "subjectReference"), execution.getProcessInstanceId(), boardSize, now, now.plus(period)));
        if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
            execution.setProcessBusinessKey(number);
        }
        execution.setVariable("resolutionNumber", number);
        setDeadline(execution, resolution.getDeadline());
        log.info("Motion {} '{}' opened for {} board members until {}", number, title, boardSize, resolution.getDeadline());
    }

    /** Board members who have yet to vote on this motion: one vote task each. */
    public List<String> voters(DelegateExecution execution) {
        Resolution resolution = resolution(execution);
        return boardMembers().stream().map(User::getId).filter(id -> !resolution.hasVoted(id)).toList();
    }

    /** A vote task was created: due at the deadline, and its board member is told by email. */
    public void voteOpened(DelegateTask task) {
        Resolution resolution = resolution(task.getExecution());
        task.setDueDate(Date.from(resolution.getDeadline()));
        task.setDescription(resolution.getNumber() + ": " + resolution.getTitle());
        sendToBoardMember(task.getAssignee(), "board-vote-open", resolution, links.task(task.getId()));
    }

    /** A board member completed their vote task: the vote is recorded with its comment and time. */
    public void recordVote(DelegateTask task) {
        Object choice = task.getVariable("vote");
        Vote.Choice vote;
        try {
            vote = Vote.Choice.valueOf(String.valueOf(choice));
        } catch (IllegalArgumentException e) {
            throw new BadUserRequestException("vote: must be APPROVE, REJECT or ABSTAIN");
        }
        Object comment = task.getVariable("comment");
        String commentText = comment == null || comment.toString().isBlank() ? null : comment.toString().trim();
        if (commentText != null && commentText.length() > 2000) {
            throw new BadUserRequestException("comment: at most 2000 characters");
        }
        Resolution resolution = resolution(task.getExecution());
        String voter = task.getAssignee();
        Object boardMember = task.getExecution().getVariable("boardMember");
        String actingUser = identityService.getCurrentAuthentication() == null ? null
                : identityService.getCurrentAuthentication().getUserId();
        if (!voter.equals(boardMember) || (actingUser != null && !actingUser.equals(voter))) {
            throw new BadUserRequestException("Only " + boardMember + " may cast this vote");
        }
        resolution.cast(new Vote(voter, People.displayName(identityService, voter), vote, commentText, ClockUtil.getCurrentTime().toInstant()));
        resolutions.flush();
        log.info("{} voted {} on {}", voter, vote, resolution.getNumber());
    }

    /** Voting closes early once the outcome can no longer change. */
    public boolean votingClosed(DelegateExecution execution) {
        return settings.rules().settled(resolution(execution).tally());
    }

    /** Reminds the board members who have not voted yet. */
    public void remind(DelegateExecution execution) {
        Resolution resolution = resolution(execution);
        List<Task> open = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(VOTE_TASK).list();
        for (Task task : open) {
            sendToBoardMember(task.getAssignee(), "board-vote-reminder", resolution, links.task(task.getId()));
        }
        log.info("Reminded {} board member(s) to vote on {}", open.size(), resolution.getNumber());
    }

    /** The no-quorum task may be completed only with its decision made. */
    public boolean decided(DelegateTask task, String variable) {
        return si.asociacija.workflow.shared.ProcessVariables.requireDecision(task, variable);
    }

    /** Counts the votes when voting closes: sets {@code quorum} and a {@code voteSummary} for staff. */
    public void tally(DelegateExecution execution) {
        Resolution resolution = resolution(execution);
        VotingRules.Tally tally = resolution.tally();
        execution.setVariable("quorum", settings.rules().quorum(tally));
        execution.setVariable("voteSummary", String.format(
                "Za / Approve: %d, Proti / Reject: %d, Vzdržani / Abstain: %d, niso glasovali / not voted: %d (od / of %d)",
                tally.approve(), tally.reject(), tally.abstain(), tally.outstanding(), tally.boardSize()));
    }

    /** Quorum reached: the resolution is adopted or rejected; {@code outcome} is APPROVED or REJECTED. */
    public void resolve(DelegateExecution execution) {
        Resolution resolution = resolution(execution);
        VotingRules.Outcome outcome = settings.rules().outcome(resolution.tally());
        resolution.close(outcome.name(), ClockUtil.getCurrentTime().toInstant());
        execution.setVariable("outcome", outcome.name());
        execution.setVariable("resolutionNumber", resolution.getNumber());
        log.info("Resolution {}: {}", resolution.getNumber(), outcome);
    }

    /** No quorum and staff chose to extend: a new deadline from now. */
    public void extend(DelegateExecution execution) {
        Resolution resolution = resolution(execution);
        Duration extension = duration(text(execution, "extensionPeriod"), Duration.ofDays(3), "extensionPeriod");
        resolution.extend(ClockUtil.getCurrentTime().toInstant().plus(extension));
        setDeadline(execution, resolution.getDeadline());
        execution.removeVariable("extend");
        log.info("Voting on {} extended until {}", resolution.getNumber(), resolution.getDeadline());
    }

    /** No quorum and staff closed the motion: {@code outcome} NOT_DECIDED. */
    public void closeNotDecided(DelegateExecution execution) {
        Resolution resolution = resolution(execution);
        resolution.close(Resolution.NOT_DECIDED, ClockUtil.getCurrentTime().toInstant());
        execution.setVariable("outcome", Resolution.NOT_DECIDED);
        execution.setVariable("resolutionNumber", resolution.getNumber());
    }

    private void setDeadline(DelegateExecution execution, Instant deadline) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant reminder = deadline.minus(settings.reminderBeforeDeadline());
        if (!reminder.isAfter(now)) {
            // a short vote: remind half-way instead of right after the vote opens
            reminder = now.plus(Duration.between(now, deadline).dividedBy(2));
        }
        execution.setVariable("deadline", Date.from(deadline));
        execution.setVariable("reminderAt", Date.from(reminder));
        execution.setVariable("deadlineText", DEADLINE_FORMAT.format(deadline));
    }

    private void sendToBoardMember(String userId, String template, Resolution resolution, String taskUrl) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            log.warn("Board member {} has no email address; not told about {}", userId, resolution.getNumber());
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("reference", resolution.getNumber());
        model.put("name", People.displayName(user));
        model.put("title", resolution.getTitle());
        model.put("deadline", DEADLINE_FORMAT.format(resolution.getDeadline()));
        model.put("tasklistUrl", taskUrl);
        model.put("publicUrl", links.base());
        mail.enqueue(new OutgoingMail(user.getEmail(), template, "sl", resolution.getNumber(), model));
    }

    private List<User> boardMembers() {
        return identityService.createUserQuery().memberOfGroup(settings.group()).orderByUserId().asc().list();
    }

    /** Found by process instance, never by a variable that a task completion could overwrite. */
    private Resolution resolution(DelegateExecution execution) {
        return resolutions.findByProcessInstanceId(execution.getProcessInstanceId()).orElseThrow();
    }

    private static Duration duration(String value, Duration fallback, String field) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            Duration d = Duration.parse(value.trim());
            if (d.isNegative() || d.isZero()) {
                throw new BadUserRequestException(field + ": must be a positive ISO-8601 duration such as P7D");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new BadUserRequestException(field + ": must be an ISO-8601 duration such as P7D or PT12H");
        }
    }
}
