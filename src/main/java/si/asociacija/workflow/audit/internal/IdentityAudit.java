package si.asociacija.workflow.audit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;

/**
 * Changes to users, groups, group memberships, tenants and authorisations made by a logged-in person
 * (Admin webapp, engine REST API, the product's code acting for a user) go into the audit trail, in the
 * engine command's transaction. The engine reports them as its user operation log, one history event per
 * changed property, which this handler gathers into one entry per operation as the command closes; the
 * engine's own log (which its history clean-up removes) is kept as it was. Changes without a logged-in
 * user (the demo accounts at start-up) are not in the engine's log, so not in the trail either.
 */
@Component
class IdentityAudit extends AbstractProcessEnginePlugin {

    private static final Map<String, SubjectType> TYPES = Map.of(
            EntityTypes.USER, SubjectType.USER, EntityTypes.GROUP, SubjectType.GROUP,
            EntityTypes.GROUP_MEMBERSHIP, SubjectType.GROUP_MEMBERSHIP, EntityTypes.AUTHORIZATION, SubjectType.AUTHORIZATION,
            EntityTypes.TENANT, SubjectType.TENANT, EntityTypes.TENANT_MEMBERSHIP, SubjectType.TENANT);

    private final AuditEntries entries;
    private final Map<CommandContext, Map<String, List<UserOperationLogEntryEventEntity>>> pending =
            Collections.synchronizedMap(new IdentityHashMap<>());

    IdentityAudit(AuditEntries entries) {
        this.entries = entries;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        // not a bean itself: the engine's starter would add a HistoryEventHandler bean a second time
        handlers.add(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                handle(List.of(event));
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                handle(events);
            }
        });
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** The changed properties of an operation arrive one by one: gathered in the command, recorded as it closes. */
    private void handle(List<HistoryEvent> events) {
        for (HistoryEvent event : events) {
            if (event instanceof UserOperationLogEntryEventEntity entry && TYPES.containsKey(entry.getEntityType())) {
                CommandContext command = Context.getCommandContext();
                if (command == null) {
                    record(List.of(entry));
                    continue;
                }
                pending.computeIfAbsent(command, this::closing).computeIfAbsent(entry.getOperationId(), id -> new ArrayList<>())
                        .add(entry);
            }
        }
    }

    private Map<String, List<UserOperationLogEntryEventEntity>> closing(CommandContext command) {
        command.registerCommandContextListener(new CommandContextListener() {
            @Override
            public void onCommandContextClose(CommandContext context) {
                Map<String, List<UserOperationLogEntryEventEntity>> operations = pending.remove(context);
                if (operations != null) {
                    operations.values().forEach(IdentityAudit.this::record);
                }
            }

            @Override
            public void onCommandFailed(CommandContext context, Throwable t) {
                pending.remove(context);
            }
        });
        return new LinkedHashMap<>();
    }

    private void record(List<UserOperationLogEntryEventEntity> operation) {
        UserOperationLogEntryEventEntity first = operation.get(0);
        Map<String, String> values = new HashMap<>();
        for (UserOperationLogEntryEventEntity change : operation) {
            if (change.getProperty() != null) {
                values.put(change.getProperty(), change.getNewValue() != null ? change.getNewValue() : change.getOrgValue());
            }
        }
        SubjectType type = TYPES.get(first.getEntityType());
        String subject = switch (type) {
            case GROUP -> values.get("groupId");
            case TENANT -> values.get("tenantId");
            case AUTHORIZATION -> values.get("userId") != null ? values.get("userId") : values.get("groupId");
            default -> values.get("userId");
        };
        String detail = switch (type) {
            case GROUP_MEMBERSHIP -> "group " + values.get("groupId");
            case TENANT -> values.get("userId") != null ? "user " + values.get("userId") : null;
            case AUTHORIZATION -> (values.get("userId") != null ? "user" : "group") + ", resource " + values.get("resource")
                    + " " + values.get("resourceId") + ", permissions " + values.get("permissions");
            default -> null;
        };
        String action = first.getEntityType().toLowerCase(Locale.ROOT).replace(' ', '-')
                .replace("tenantmembership", "tenant-membership") + "-" + pastTense(first.getOperationType());
        String actor = first.getUserId() != null ? first.getUserId() : Audited.SYSTEM;
        entries.add(new Audited(type, subject == null ? "?" : subject, action, actor, detail,
                first.getTimestamp() == null ? null : first.getTimestamp().toInstant()), actor);
    }

    private static String pastTense(String operationType) {
        String operation = operationType == null ? "changed" : operationType.toLowerCase(Locale.ROOT);
        return operation.endsWith("e") ? operation + "d" : operation + "ed";
    }
}
