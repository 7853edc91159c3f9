package si.asociacija.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import si.asociacija.workflow.WorkflowTest;

/** An account may read and update itself (profile, password), never delete itself: new accounts and those from before. */
class OwnAccountTest extends WorkflowTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    TestRestTemplate http;
    @Autowired
    @Qualifier("accessRules")
    ApplicationRunner accessRules;

    private String account;

    @BeforeEach
    void newAccount() {
        account = "own" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(account);
        user.setFirstName("Ana");
        user.setLastName("Novak");
        user.setEmail(account + "@example.org");
        user.setPassword("x-Own-1");
        identityService.saveUser(user);
        identityService.createMembership(account, "board");
    }

    @AfterEach
    void removeAccount() {
        identityService.deleteUser(account);
    }

    @Test
    void anAccountUpdatesItselfButCannotDeleteItself() {
        TestRestTemplate own = http.withBasicAuth(account, "x-Own-1");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String profile = "{\"id\":\"" + account + "\",\"firstName\":\"Ana\",\"lastName\":\"Kovač\",\"email\":\"" + account
                + "@example.org\"}";

        assertThat(own.exchange("/engine-rest/user/" + account + "/profile", HttpMethod.PUT, new HttpEntity<>(profile, headers),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(identityService.createUserQuery().userId(account).singleResult().getLastName()).isEqualTo("Kovač");
        assertThat(own.exchange("/engine-rest/user/" + account, HttpMethod.DELETE, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identityService.createUserQuery().userId(account).count()).isOne();
    }

    @Test
    void anAccountFromBeforeLosesTheRightToDeleteItselfAtTheNextStart() throws Exception {
        Authorization ownRights = ownRights();
        assertThat(ownRights.isPermissionGranted(Permissions.DELETE)).as("a new account").isFalse();
        ownRights.setPermissions(new Permission[] {Permissions.ALL}); // as Camunda's default gave it
        authorizationService.saveAuthorization(ownRights);

        accessRules.run(null);

        assertThat(ownRights().isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(ownRights().isPermissionGranted(Permissions.UPDATE)).isTrue();
        assertThat(ownRights().isPermissionGranted(Permissions.DELETE)).isFalse();
    }

    private Authorization ownRights() {
        return authorizationService.createAuthorizationQuery().userIdIn(account).resourceType(Resources.USER)
                .resourceId(account).singleResult();
    }
}
