package si.asociacija.workflow.board.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/resolutions}: the board's resolutions with every member's vote (staff and board). */
@RestController
class ResolutionController {

    private final ResolutionRepository resolutions;

    ResolutionController(ResolutionRepository resolutions) {
        this.resolutions = resolutions;
    }

    record VoteView(String voter, String voterName, String vote, String comment, Instant castAt) {
    }

    record ResolutionView(String number, String title, String motionText, String subjectReference, int boardSize,
                          Instant openedAt, Instant deadline, Instant closedAt, String outcome,
                          int approve, int reject, int abstain, List<VoteView> votes) {
    }

    @GetMapping("/api/resolutions")
    @Transactional(readOnly = true)
    List<ResolutionView> list() {
        return resolutions.findAllByOrderByOpenedAtDesc().stream().map(r -> {
            var tally = r.tally();
            return new ResolutionView(r.getNumber(), r.getTitle(), r.getMotionText(), r.getSubjectReference(),
                    r.getBoardSize(), r.getOpenedAt(), r.getDeadline(), r.getClosedAt(), r.getOutcome(),
                    tally.approve(), tally.reject(), tally.abstain(),
                    r.getVotes().stream().map(v -> new VoteView(v.getVoter(), v.getVoterName(), v.getVote().name(),
                            v.getComment(), v.getCastAt())).toList());
        }).toList();
    }
}
