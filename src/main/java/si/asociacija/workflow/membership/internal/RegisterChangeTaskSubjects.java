package si.asociacija.workflow.membership.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.Texts;
import si.asociacija.workflow.worklist.TaskSubject;
import si.asociacija.workflow.worklist.TaskSubjects;

/** A register change's task is about the member; the topic is the register. */
@Component
class RegisterChangeTaskSubjects implements TaskSubjects {

    private final MemberRegisterChangeRepository changes;
    private final MemberRepository members;
    private final Texts texts;

    RegisterChangeTaskSubjects(MemberRegisterChangeRepository changes, MemberRepository members, Texts texts) {
        this.changes = changes;
        this.members = members;
        this.texts = texts;
    }

    @Override
    public String processKey() {
        return MemberRegisterChanges.PROCESS_KEY;
    }

    @Override
    public Optional<TaskSubject> subject(String businessKey, String processInstanceId) {
        return changes.findById(businessKey).flatMap(change -> members.findByMembershipNumber(change.getMembershipNumber())
                .map(member -> new TaskSubject(member.getMembershipNumber(), member.getName(),
                        texts.label(change.registerName(), "sl"))));
    }
}
