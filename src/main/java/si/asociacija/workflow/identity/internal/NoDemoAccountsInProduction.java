package si.asociacija.workflow.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, a database that still holds the demo accounts (and so their shared demo
 * password) does not start: an administrator removes them in Admin first.
 */
@Component
@Profile("!demo")
@Order(5)
class NoDemoAccountsInProduction implements ApplicationRunner {

    private final IdentityService identityService;

    NoDemoAccountsInProduction(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> ids = new ArrayList<>(List.of("admin", "staff", "staff2", "counsellor1", "counsellor2"));
        for (int i = 1; i <= DemoAccounts.BOARD.length; i++) {
            ids.add(String.format("board%02d", i));
        }
        List<String> found = identityService.createUserQuery().userIdIn(ids.toArray(String[]::new)).list().stream()
                .filter(user -> user.getEmail() != null && user.getEmail().endsWith("@" + DemoAccounts.DOMAIN))
                .map(User::getId)
                .toList();
        if (!found.isEmpty()) {
            throw new IllegalStateException("Demo accounts " + found + " exist in this database, with the demo password. "
                    + "Delete them in Camunda Admin (or run with the demo profile) before running in production.");
        }
    }
}
