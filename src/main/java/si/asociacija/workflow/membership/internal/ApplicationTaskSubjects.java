package si.asociacija.workflow.membership.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.Texts;
import si.asociacija.workflow.worklist.TaskSubject;
import si.asociacija.workflow.worklist.TaskSubjects;

/** An application's tasks are about the applicant; the topic is the field of work. */
@Component
class ApplicationTaskSubjects implements TaskSubjects {

    private final MembershipApplicationRepository applications;
    private final Texts texts;

    ApplicationTaskSubjects(MembershipApplicationRepository applications, Texts texts) {
        this.applications = applications;
        this.texts = texts;
    }

    @Override
    public String processKey() {
        return MembershipApplications.PROCESS_KEY;
    }

    @Override
    public Optional<TaskSubject> subject(String businessKey, String processInstanceId) {
        return applications.findByReference(businessKey)
                .map(a -> new TaskSubject(a.getReference(), a.getName(), texts.label(a.getField(), "sl")));
    }
}
