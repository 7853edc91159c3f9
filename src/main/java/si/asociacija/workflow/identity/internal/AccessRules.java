package si.asociacija.workflow.identity.internal;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.identity.Groups;
import si.asociacija.workflow.shared.EngineStartup;
import si.asociacija.workflow.shared.Texts;

/**
 * The groups and what each may do in Camunda (authorisation is on). Idempotent: run at every start.
 * Task permissions come from the tasks themselves: a candidate group or an assignee may read and
 * work a task, so board members see only their own vote tasks and staff only staff tasks.
 */
@Component
@Order(10)
class AccessRules implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccessRules.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final Texts texts;

    AccessRules(IdentityService identityService, AuthorizationService authorizationService, Texts texts) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.texts = texts;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        EngineStartup.apply(log, "Access rules", this::apply);
    }

    private void apply() {
        for (String group : new String[] {Groups.STAFF, Groups.BOARD, Groups.ADMIN, Groups.COUNSELLORS}) {
            ensureGroup(group, texts.both("group." + group));
        }

        for (String group : new String[] {Groups.STAFF, Groups.BOARD, Groups.COUNSELLORS}) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // each group reads only its own filters (granted with them, see worklist); an earlier
            // version let every group read every filter
            revoke(group, Resources.FILTER, "*");
            grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
        }
        // the office sees every account and group: it follows everyone's tasks (the board's votes, the
        // counsellors' cases) in Tasklist and Cockpit, which show who has each task and its candidate groups
        grant(Groups.STAFF, Resources.USER, "*", Permissions.READ);
        grant(Groups.STAFF, Resources.GROUP, "*", Permissions.READ);
        // board members and counsellors see only themselves (each account reads itself, see below) and
        // their own group; an earlier version let them list every account with its email address
        for (String group : new String[] {Groups.BOARD, Groups.COUNSELLORS}) {
            revoke(group, Resources.USER, "*");
            revoke(group, Resources.GROUP, "*");
            grant(group, Resources.GROUP, group, Permissions.READ);
        }
        grant(Groups.STAFF, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Groups.STAFF, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY);
        grant(Groups.STAFF, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE, ProcessInstancePermissions.READ);
        grant(Groups.BOARD, Resources.PROCESS_DEFINITION, "board-decision", ProcessDefinitionPermissions.READ);
        grant(Groups.COUNSELLORS, Resources.PROCESS_DEFINITION, "assistance-case", ProcessDefinitionPermissions.READ);
        identityService.createUserQuery().list().forEach(user -> readAndUpdateOnly(user.getId()));
        log.info("Groups and authorisations in place");
    }

    /**
     * An account may read and update itself (profile, password) but not delete itself: accounts created
     * before {@link EngineAccessPlugin} had ALL on themselves (Camunda's default).
     */
    private void readAndUpdateOnly(String userId) {
        authorizationService.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.USER).resourceId(userId)
                .list().stream()
                .filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT && a.isPermissionGranted(Permissions.DELETE))
                .forEach(own -> {
                    own.setPermissions(new Permission[] {Permissions.READ, Permissions.UPDATE});
                    authorizationService.saveAuthorization(own);
                });
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    private void revoke(String group, Resource resource, String resourceId) {
        authorizationService.createAuthorizationQuery().groupIdIn(group).resourceType(resource).resourceId(resourceId)
                .list().forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).list().stream()
                .filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT)
                .findFirst()
                .orElseGet(() -> {
                    Authorization created = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
                    created.setGroupId(group);
                    created.setResource(resource);
                    created.setResourceId(resourceId);
                    return created;
                });
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
