package si.asociacija.workflow.identity.internal;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.identity.Groups;
import si.asociacija.workflow.shared.UserTaskListeners;

/**
 * Two rules the engine's authorisations cannot express:
 * <ul>
 * <li>A task someone has claimed (or was given) is theirs: another candidate cannot complete it (the
 * candidate group's permission lasts as long as the task). Admins and the engine itself (no logged-in user:
 * jobs, the product's own code) still can.</li>
 * <li>A new account may read and update itself (its profile, its password), not delete itself: Camunda's
 * default gives the account ALL on itself. {@link AccessRules} fixes accounts created before this rule.</li>
 * </ul>
 */
@Component
class EngineAccessPlugin extends AbstractProcessEnginePlugin {

    static final TaskListener ASSIGNEE_ONLY = EngineAccessPlugin::refuseOthers;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            public AuthorizationEntity[] newUser(User user) {
                return new AuthorizationEntity[] {createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(),
                        Permissions.READ, Permissions.UPDATE)};
            }
        });
        UserTaskListeners.onEveryUserTask(configuration, TaskListener.EVENTNAME_COMPLETE, ASSIGNEE_ONLY);
    }

    private static void refuseOthers(DelegateTask task) {
        Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (caller == null || task.getAssignee() == null || task.getAssignee().equals(caller.getUserId())
                || (caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.ADMIN))) {
            return;
        }
        throw new AuthorizationException(caller.getUserId(), "COMPLETE (the task is " + task.getAssignee() + "'s)",
                Resources.TASK.resourceName(), task.getId());
    }
}
