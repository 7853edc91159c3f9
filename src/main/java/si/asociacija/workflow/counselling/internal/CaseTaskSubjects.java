package si.asociacija.workflow.counselling.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.Texts;
import si.asociacija.workflow.worklist.TaskSubject;
import si.asociacija.workflow.worklist.TaskSubjects;

/** An assistance case's tasks are about the client; the topic once triage has set it. */
@Component
class CaseTaskSubjects implements TaskSubjects {

    private final AssistanceCaseRepository cases;
    private final Texts texts;

    CaseTaskSubjects(AssistanceCaseRepository cases, Texts texts) {
        this.cases = cases;
        this.texts = texts;
    }

    @Override
    public String processKey() {
        return CaseIntake.PROCESS_KEY;
    }

    @Override
    public Optional<TaskSubject> subject(String businessKey, String processInstanceId) {
        return cases.findByReference(businessKey).map(c -> new TaskSubject(c.getReference(), c.getName(),
                c.getTopic() == null ? null : texts.label(c.getTopic(), "sl")));
    }
}
