package si.asociacija.workflow.membership.internal;

import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.registry.RegisterChange;
import si.asociacija.workflow.registry.RegisterChanges;
import si.asociacija.workflow.registry.RegisterImported;

/**
 * After each import of a public register every active member is checked against what it changed: each
 * changed or gone record of a member opens one staff task ({@link MemberRegisterChanges#open}), however
 * often the import's event is handled.
 */
@Component
class MemberRecheck {

    private static final Logger log = LoggerFactory.getLogger(MemberRecheck.class);

    private final MemberRepository members;
    private final RegisterChanges registerChanges;
    private final MemberRegisterChanges changes;

    MemberRecheck(MemberRepository members, RegisterChanges registerChanges, MemberRegisterChanges changes) {
        this.members = members;
        this.registerChanges = registerChanges;
        this.changes = changes;
    }

    @ApplicationModuleListener
    void on(RegisterImported imported) {
        if (imported.changed() + imported.gone() > 0) {
            recheck(imported.importId());
        }
    }

    /** Opens the tasks for the changes of import {@code importId} that concern active members; answers how many. */
    int recheck(long importId) {
        List<Member> active = members.findByStatus(Member.Status.ACTIVE);
        List<RegisterChange> found = registerChanges.of(importId,
                active.stream().map(Member::getRegistrationNumber).filter(Objects::nonNull).toList(),
                active.stream().map(Member::getTaxNumber).filter(Objects::nonNull).toList());
        int opened = 0;
        for (RegisterChange change : found) {
            for (Member member : active) {
                if (change.concerns(member.getRegistrationNumber(), member.getTaxNumber())
                        && open(change, member.getMembershipNumber())) {
                    opened++;
                }
            }
        }
        log.info("Import {} rechecked against {} active members: {} changes of members, {} tasks opened", importId,
                active.size(), found.size(), opened);
        return opened;
    }

    /** Opens the task; false when it was open already, or another handler (another node) opened it meanwhile. */
    boolean open(RegisterChange change, String membershipNumber) {
        try {
            return changes.open(change, membershipNumber);
        } catch (DataAccessException e) {
            if (changes.recorded(change, membershipNumber)) {
                log.info("Register change {} of member {} was opened meanwhile by another handler of the event",
                        change.id(), membershipNumber);
                return false;
            }
            throw e;
        }
    }
}
