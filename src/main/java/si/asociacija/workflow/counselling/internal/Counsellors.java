package si.asociacija.workflow.counselling.internal;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.identity.People;

/** Who a case can be given to: the members of the counsellors' group ({@code asociacija.counselling.group}). */
@Component
class Counsellors {

    /** One entry of the triage form's counsellor select: a person's name, their user id. */
    record Option(String label, String value) {
    }

    private final IdentityService identityService;
    private final CounsellingSettings settings;

    Counsellors(IdentityService identityService, CounsellingSettings settings) {
        this.identityService = identityService;
        this.settings = settings;
    }

    /** The group's members by name. */
    List<Option> options() {
        return identityService.createUserQuery().memberOfGroup(settings.group())
                .orderByUserFirstName().asc().orderByUserLastName().asc().orderByUserId().asc().list().stream()
                .map(user -> new Option(People.displayName(user), user.getId()))
                .toList();
    }

    /** The user id of a member of the group; anyone else is refused with a message naming the field. */
    String member(String userId) {
        String id = userId == null ? "" : userId.trim();
        if (id.isEmpty() || identityService.createUserQuery().userId(id).memberOfGroup(settings.group()).count() == 0) {
            throw new BadUserRequestException("counsellor: choose one of the counsellors (members of the group '"
                    + settings.group() + "')");
        }
        return id;
    }
}
