package si.asociacija.workflow.identity.internal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.identity.Groups;

/**
 * Demo profile only: office staff and a governing board of 13, all with the password from
 * {@code DEMO_PASSWORD}. (The admin account comes from {@code camunda.bpm.admin-user}.)
 */
@Component
@Profile("demo")
@Order(20)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    static final String DOMAIN = "asociacija.local";

    /** The board's roles: president, two vice-presidents, then members by field. */
    static final String[][] BOARD = {
            {"Predsednik", "President"},
            {"Podpredsednica", "Vice-president"},
            {"Podpredsednik", "Vice-president"},
            {"Intermedijske umetnosti", "Intermedia"},
            {"Uprizoritvene umetnosti", "Performing arts"},
            {"Glasba", "Music"},
            {"Založništvo", "Publishing"},
            {"Mediji in film", "Media and film"},
            {"Lokalne kulturne politike", "Local cultural policies"},
            {"Raziskovanje", "Research"},
            {"Samozaposleni v kulturi", "Self-employed"},
            {"Vizualne umetnosti", "Visual arts"},
            {"Arhitektura in oblikovanje", "Architecture and design"},
    };

    private final IdentityService identityService;
    private final String password;

    DemoAccounts(IdentityService identityService, @Value("${asociacija.demo.password}") String password) {
        this.identityService = identityService;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        user("staff", "Pisarna", "(Office)", Groups.STAFF);
        user("staff2", "Pisarna 2", "(Office)", Groups.STAFF);
        user("counsellor1", "Svetovalka 1", "(Counsellor)", Groups.COUNSELLORS);
        user("counsellor2", "Svetovalec 2", "(Counsellor)", Groups.COUNSELLORS);
        for (int i = 0; i < BOARD.length; i++) {
            user(String.format("board%02d", i + 1), BOARD[i][0], "(" + BOARD[i][1] + ")", Groups.BOARD);
        }
        log.warn("DEMO PROFILE: demo accounts admin, staff, staff2, counsellor1, counsellor2, board01..board{} share the password from DEMO_PASSWORD. "
                + "Never use the demo profile in production: set SPRING_PROFILES_ACTIVE.", BOARD.length);
    }

    private void user(String id, String firstName, String lastName, String group) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@" + DOMAIN);
            user.setPassword(password);
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
            identityService.createMembership(id, group);
        }
    }
}
