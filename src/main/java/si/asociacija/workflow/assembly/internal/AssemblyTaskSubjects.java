package si.asociacija.workflow.assembly.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.worklist.TaskSubject;
import si.asociacija.workflow.worklist.TaskSubjects;

/** An assembly's tasks are about the assembly: its reference and title. */
@Component
class AssemblyTaskSubjects implements TaskSubjects {

    private final AssemblyRepository assemblies;

    AssemblyTaskSubjects(AssemblyRepository assemblies) {
        this.assemblies = assemblies;
    }

    @Override
    public String processKey() {
        return Assemblies.PROCESS_KEY;
    }

    @Override
    public Optional<TaskSubject> subject(String businessKey, String processInstanceId) {
        return assemblies.findByReference(businessKey).map(a -> new TaskSubject(a.getReference(), a.getTitle(), null));
    }
}
