package si.asociacija.workflow.advocacy.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.worklist.TaskSubject;
import si.asociacija.workflow.worklist.TaskSubjects;

/** An advocacy case's tasks are named after the draft (its title, shortened) and show its proposer as the topic. */
@Component
class AdvocacyTaskSubjects implements TaskSubjects {

    private static final int TITLE = 80;

    private final AdvocacyCaseRepository cases;

    AdvocacyTaskSubjects(AdvocacyCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public String processKey() {
        return AdvocacyIntake.PROCESS_KEY;
    }

    @Override
    public Optional<TaskSubject> subject(String businessKey, String processInstanceId) {
        return businessKey == null ? Optional.empty() : cases.findByReference(businessKey).map(c -> new TaskSubject(c.getReference(),
                c.getTitle().length() > TITLE ? c.getTitle().substring(0, TITLE - 1) + "…" : c.getTitle(), c.getProposer()));
    }
}
