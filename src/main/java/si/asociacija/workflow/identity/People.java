package si.asociacija.workflow.identity;

import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** How people are named in mails and records. */
public final class People {

    private People() {
    }

    /** First and last name of an account, or its id when it has none (or does not exist). */
    public static String displayName(IdentityService identityService, String userId) {
        if (userId == null) {
            return null;
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : displayName(user);
    }

    public static String displayName(User user) {
        String name = (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
