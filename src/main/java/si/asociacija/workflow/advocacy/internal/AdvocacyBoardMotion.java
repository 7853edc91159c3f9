package si.asociacija.workflow.advocacy.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.board.BoardDecision;
import si.asociacija.workflow.board.BoardMotion;
import si.asociacija.workflow.shared.TaskText;
import si.asociacija.workflow.shared.Texts;

/** The board votes on the lead's position, in a voting period that ends a working day before the response deadline. */
@Component("advocacyBoardMotion")
class AdvocacyBoardMotion extends BoardMotion {

    private final AdvocacyCases cases;
    private final AdvocacyDeadlines deadlines;
    private final AdvocacyTaskTexts taskTexts;
    private final Texts texts;

    AdvocacyBoardMotion(AdvocacyCases cases, AdvocacyDeadlines deadlines, AdvocacyTaskTexts taskTexts, Texts texts) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.taskTexts = taskTexts;
        this.texts = texts;
    }

    @Override
    protected BoardDecision.Motion motion(DelegateExecution caller) {
        AdvocacyCase c = cases.byReference(caller.getProcessBusinessKey());
        String title = texts.text("advocacy.motion.title", "sl", c.getTitle());
        String text = texts.text("advocacy.motion.text", "sl") + "\n\n" + c.getPositionText() + "\n\n———\n" + taskTexts.summary(c);
        return new BoardDecision.Motion(title.length() > BoardDecision.Motion.MAX_TITLE
                ? title.substring(0, BoardDecision.Motion.MAX_TITLE - 1) + "…" : title,
                TaskText.head(text), c.getReference(), deadlines.boardVotingPeriod(c.getResponseDeadline(), AdvocacyCases.now()));
    }
}
