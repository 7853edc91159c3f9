package si.asociacija.workflow.board.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.board.BoardDecision;
import si.asociacija.workflow.board.BoardDecision.Outcome;
import si.asociacija.workflow.board.BoardDecision.Result;
import si.asociacija.workflow.identity.People;
import si.asociacija.workflow.mail.MailOutbox;
import si.asociacija.workflow.mail.OutgoingMail;
import si.asociacija.workflow.portal.PublicLinks;
import si.asociacija.workflow.shared.ReferenceNumbers;
import si.asociacija.workflow.shared.TaskText;

/**
 * The rules of a board decision: opening a numbered motion, one vote per board member, quorum and
 * majority, extension and closing. Resolutions are found by process instance. Times come from the
 * engine's clock so that deadlines and reminders follow it.
 */
@Service
@Transactional
class BoardDecisions {

    static final DateTimeFormatter DEADLINE_FORMAT = DateTimeFormatter.ofPattern("d. M. yyyy 'ob' HH:mm")
            .withZone(ReferenceNumbers.ZONE);
    private static final Logger log = LoggerFactory.getLogger(BoardDecisions.class);

    private final ResolutionRepository resolutions;
    private final ReferenceNumbers referenceNumbers;
    private final IdentityService identityService;
    private final MailOutbox mail;
    private final PublicLinks links;
    private final BoardSettings settings;

    BoardDecisions(ResolutionRepository resolutions, ReferenceNumbers referenceNumbers, IdentityService identityService,
                   MailOutbox mail, PublicLinks links, BoardSettings settings) {
        this.resolutions = resolutions;
        this.referenceNumbers = referenceNumbers;
        this.identityService = identityService;
        this.mail = mail;
        this.links = links;
        this.settings = settings;
    }

    /** Opens the motion as a numbered resolution record with its deadline; refuses an incomplete motion. */
    Resolution open(String processInstanceId, BoardDecision.Given motion) {
        String title = motion.title();
        String text = motion.text();
        if (title == null || title.isBlank() || title.length() > BoardDecision.Motion.MAX_TITLE) {
            throw new BadUserRequestException("title: a motion needs a title of at most 200 characters");
        }
        if (text == null || text.isBlank() || text.length() > TaskText.MAX) {
            throw new BadUserRequestException("motionText: a motion needs a text of at most " + TaskText.MAX + " characters");
        }
        Duration period = duration(motion.votingPeriod(), settings.defaultVotingPeriod(), "votingPeriod");
        int boardSize = boardMembers().size();
        if (boardSize == 0) {
            throw new BadUserRequestException("The group '" + settings.group() + "' has no members to vote");
        }
        Instant now = now();
        String number = referenceNumbers.next("UO", "UO-%d/%03d");
        Resolution resolution = resolutions.save(new Resolution(number, title.trim(), text.trim(),
                motion.subjectReference(), processInstanceId, boardSize, now, now.plus(period)));
        log.info("Motion {} '{}' opened for {} board members until {}", number, title, boardSize, resolution.getDeadline());
        return resolution;
    }

    /** Board members who have yet to vote on this motion. */
    List<String> voters(String processInstanceId) {
        Resolution resolution = resolution(processInstanceId);
        return boardMembers().stream().map(User::getId).filter(id -> !resolution.hasVoted(id)).toList();
    }

    /** Records a board member's vote with its comment and time; only the board member may cast it. */
    void recordVote(String processInstanceId, String voter, Object boardMember, Object choice, Object comment) {
        Vote.Choice vote;
        try {
            vote = Vote.Choice.valueOf(String.valueOf(choice));
        } catch (IllegalArgumentException e) {
            throw new BadUserRequestException("vote: must be APPROVE, REJECT or ABSTAIN");
        }
        String commentText = comment == null || comment.toString().isBlank() ? null : comment.toString().trim();
        if (commentText != null && commentText.length() > 2000) {
            throw new BadUserRequestException("comment: at most 2000 characters");
        }
        Resolution resolution = resolution(processInstanceId);
        String actingUser = identityService.getCurrentAuthentication() == null ? null
                : identityService.getCurrentAuthentication().getUserId();
        if (!voter.equals(boardMember) || (actingUser != null && !actingUser.equals(voter))) {
            throw new BadUserRequestException("Only " + boardMember + " may cast this vote");
        }
        resolution.cast(new Vote(voter, People.displayName(identityService, voter), vote, commentText, now()));
        resolutions.flush();
        log.info("{} voted {} on {}", voter, vote, resolution.getNumber());
    }

    /** True once the outcome can no longer change. */
    boolean settled(String processInstanceId) {
        return settings.rules().settled(resolution(processInstanceId).tally());
    }

    VotingRules.Tally tally(String processInstanceId) {
        return resolution(processInstanceId).tally();
    }

    boolean quorum(VotingRules.Tally tally) {
        return settings.rules().quorum(tally);
    }

    /** Quorum reached: the resolution is adopted or rejected. */
    Result resolve(String processInstanceId) {
        Resolution resolution = resolution(processInstanceId);
        Outcome outcome = switch (settings.rules().outcome(resolution.tally())) {
            case APPROVED -> Outcome.APPROVED;
            case REJECTED -> Outcome.REJECTED;
            case NO_QUORUM -> throw new IllegalStateException(resolution.getNumber() + " has no quorum to resolve");
        };
        resolution.close(outcome, now());
        log.info("Resolution {}: {}", resolution.getNumber(), outcome);
        return new Result(outcome, resolution.getNumber());
    }

    /** No quorum and staff chose to extend: a new deadline from now. */
    Resolution extend(String processInstanceId, String extensionPeriod) {
        Resolution resolution = resolution(processInstanceId);
        resolution.extend(now().plus(duration(extensionPeriod, Duration.ofDays(3), "extensionPeriod")));
        log.info("Voting on {} extended until {}", resolution.getNumber(), resolution.getDeadline());
        return resolution;
    }

    /** No quorum and staff closed the motion. */
    Result closeNotDecided(String processInstanceId) {
        Resolution resolution = resolution(processInstanceId);
        resolution.close(Outcome.NOT_DECIDED, now());
        return new Result(Outcome.NOT_DECIDED, resolution.getNumber());
    }

    /** Tells a board member by email about a vote task ({@code template}: opened or reminder). */
    void tellBoardMember(String userId, String template, Resolution resolution, String taskId) {
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
        model.put("tasklistUrl", links.task(taskId));
        model.put("publicUrl", links.base());
        mail.enqueue(new OutgoingMail(user.getEmail(), template, "sl", resolution.getNumber(), model));
    }

    /** Found by process instance, never by a variable that a task completion could overwrite. */
    Resolution resolution(String processInstanceId) {
        return resolutions.findByProcessInstanceId(processInstanceId).orElseThrow();
    }

    Duration reminderBeforeDeadline() {
        return settings.reminderBeforeDeadline();
    }

    private List<User> boardMembers() {
        return identityService.createUserQuery().memberOfGroup(settings.group()).orderByUserId().asc().list();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
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
