package si.asociacija.workflow.audit.internal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.audit.Audited;

/**
 * Who is acting now: the user of the engine command (Tasklist, Cockpit, Admin, the engine REST API),
 * else the logged-in user of the product's API, else {@link Audited#SYSTEM} (jobs, timers, start-up).
 */
@Component
class Actor {

    private final IdentityService identityService;

    Actor(IdentityService identityService) {
        this.identityService = identityService;
    }

    String current() {
        Authentication engineUser = identityService.getCurrentAuthentication();
        if (engineUser != null && engineUser.getUserId() != null) {
            return engineUser.getUserId();
        }
        var apiUser = SecurityContextHolder.getContext().getAuthentication();
        if (apiUser != null && apiUser.isAuthenticated() && !(apiUser instanceof AnonymousAuthenticationToken)) {
            return apiUser.getName();
        }
        return Audited.SYSTEM;
    }
}
