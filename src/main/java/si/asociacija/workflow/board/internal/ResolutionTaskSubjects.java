package si.asociacija.workflow.board.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.board.BoardDecision;
import si.asociacija.workflow.worklist.TaskSubject;
import si.asociacija.workflow.worklist.TaskSubjects;

/** A motion's tasks are about the motion: its resolution number and title, and the case it concerns. */
@Component
class ResolutionTaskSubjects implements TaskSubjects {

    private final ResolutionRepository resolutions;

    ResolutionTaskSubjects(ResolutionRepository resolutions) {
        this.resolutions = resolutions;
    }

    @Override
    public String processKey() {
        return BoardDecision.PROCESS_KEY;
    }

    @Override
    public Optional<TaskSubject> subject(String businessKey, String processInstanceId) {
        return resolutions.findByProcessInstanceId(processInstanceId)
                .map(r -> new TaskSubject(r.getNumber(), r.getTitle(), r.getSubjectReference()));
    }
}
