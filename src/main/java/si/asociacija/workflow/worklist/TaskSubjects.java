package si.asociacija.workflow.worklist;

import java.util.Optional;

/**
 * Offered by the capability that owns a process: who and what its tasks are about, read from its
 * record (so no process variable has to hold the person's name).
 */
public interface TaskSubjects {

    /** The key of the process whose tasks this names. */
    String processKey();

    /** The subject of the process instance with this business key; empty when there is no record. */
    Optional<TaskSubject> subject(String businessKey, String processInstanceId);
}
