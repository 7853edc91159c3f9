package si.asociacija.workflow.board;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import si.asociacija.workflow.shared.ProcessVariables;

/**
 * The board's public contract: process {@value #PROCESS_KEY} decides a {@link Motion} and answers a
 * {@link Result}. Another capability calls it as a call activity whose variables are mapped by a
 * {@link BoardMotion}; staff may also start it from Tasklist with the same variables.
 */
public final class BoardDecision {

    public static final String PROCESS_KEY = "board-decision";

    private static final String TITLE = "title";
    private static final String MOTION_TEXT = "motionText";
    private static final String SUBJECT_REFERENCE = "subjectReference";
    private static final String VOTING_PERIOD = "votingPeriod";
    private static final String OUTCOME = "outcome";
    private static final String RESOLUTION_NUMBER = "resolutionNumber";

    private BoardDecision() {
    }

    /** How a motion ends: adopted, rejected, or closed by staff without a quorum. */
    public enum Outcome { APPROVED, REJECTED, NOT_DECIDED }

    /**
     * What the board votes on. {@code subjectReference} names the case the motion is about (may be
     * null); {@code votingPeriod} null means the configured default.
     */
    public record Motion(String title, String text, String subjectReference, Duration votingPeriod) {

        public static final int MAX_TITLE = 200;

        /** A motion about {@code subjectReference}, voted in the default period; an over-long title is shortened. */
        public static Motion about(String subjectReference, String title, String text) {
            String shortTitle = title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - 1) + "…" : title;
            return new Motion(shortTitle, text, subjectReference, null);
        }

        /** The motion as the variables of the board's process instance. */
        public Map<String, Object> variables() {
            Map<String, Object> variables = new HashMap<>();
            variables.put(TITLE, title);
            variables.put(MOTION_TEXT, text);
            variables.put(SUBJECT_REFERENCE, subjectReference);
            if (votingPeriod != null) {
                variables.put(VOTING_PERIOD, votingPeriod.toString());
            }
            return variables;
        }

        /** The motion's texts as given (unchecked); the voting period stays as text for the board to parse. */
        public static Given given(VariableScope scope) {
            return new Given(ProcessVariables.text(scope, TITLE), ProcessVariables.text(scope, MOTION_TEXT), ProcessVariables.text(scope, SUBJECT_REFERENCE),
                    ProcessVariables.text(scope, VOTING_PERIOD));
        }
    }

    /** A motion as a start form or a caller gave it, before the board checks it. */
    public record Given(String title, String text, String subjectReference, String votingPeriod) {
    }

    /** The board's answer: the outcome and the resolution's number. */
    public record Result(Outcome outcome, String resolutionNumber) {

        /** The result as the variables the board's process instance ends with. */
        public void writeTo(VariableScope scope) {
            scope.setVariable(OUTCOME, outcome.name());
            scope.setVariable(RESOLUTION_NUMBER, resolutionNumber);
        }

        /** The result a process instance holds, or null while the board has not decided. */
        public static Result of(VariableScope scope) {
            String outcome = ProcessVariables.text(scope, OUTCOME);
            return outcome == null ? null : new Result(Outcome.valueOf(outcome), ProcessVariables.text(scope, RESOLUTION_NUMBER));
        }
    }
}
