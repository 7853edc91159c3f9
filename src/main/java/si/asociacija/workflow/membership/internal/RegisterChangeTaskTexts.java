package si.asociacija.workflow.membership.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.NotFoundException;
import si.asociacija.workflow.shared.Texts;

/**
 * What the task of a register change shows, in task-local variables read by its form: the member, the
 * register, what changed and the record before and after; headings in Slovene and English together.
 */
@Component
class RegisterChangeTaskTexts {

    private final MemberRepository members;
    private final Texts texts;

    RegisterChangeTaskTexts(MemberRepository members, Texts texts) {
        this.members = members;
        this.texts = texts;
    }

    Map<String, Object> variables(MemberRegisterChange change) {
        Member member = members.findByMembershipNumber(change.getMembershipNumber()).orElseThrow(NotFoundException::new);
        String what = texts.both(change.kindName());
        return Map.of(
                "memberSummary", member.getMembershipNumber() + " — " + member.getName(),
                "registerName", texts.both(change.registerName()),
                "changeSummary", change.getChangedFields() == null ? what : what + ": " + change.getChangedFields(),
                "recordBefore", change.getBefore(),
                "recordAfter", change.gone() ? texts.both("membership.registerChange.gone") : change.getAfter());
    }
}
