package si.asociacija.workflow.membership.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.NotFoundException;
import si.asociacija.workflow.shared.Texts;

/**
 * What the task of a register change shows, in task-local variables read by its form: the member, the
 * register, what changed and the record before and after; for the yearly check the checks the
 * registers flagged, the member as held and the findings. Headings in Slovene and English together.
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
        String memberSummary = member.getMembershipNumber() + " — " + member.getName();
        if (change.yearly()) {
            return Map.of(
                    "memberSummary", memberSummary,
                    "flaggedChecks", flaggedChecks(change.getChangedFields()),
                    "memberHeld", change.getBefore(),
                    "registerFindings", change.getAfter());
        }
        String what = texts.both(change.kindName());
        return Map.of(
                "memberSummary", memberSummary,
                "registerName", texts.both(change.registerName()),
                "changeSummary", change.getChangedFields() == null ? what : what + ": " + change.getChangedFields(),
                "recordBefore", change.getBefore(),
                "recordAfter", change.gone() ? texts.both("membership.registerChange.gone") : change.getAfter());
    }

    /** The names of the flagged checks ({@code PRS_ENTRY, NAME}) in Slovene, then in English. */
    private String flaggedChecks(String checks) {
        return checkNames(checks, "sl") + " / " + checkNames(checks, "en");
    }

    private String checkNames(String checks, String language) {
        return Arrays.stream(checks.split(",\\s*")).map(check -> texts.text("registry.check." + check, language))
                .collect(Collectors.joining(", "));
    }
}
