package si.asociacija.workflow.worklist.internal;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MembershipEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import si.asociacija.workflow.identity.Groups;

/**
 * {@code asociacija_tasks_open{group=...}}: the open tasks of each group, those offered to the group
 * (candidate group, claimed or not) and those assigned to one of its members (a board member's vote, a
 * counsellor's case). One count query per group and reading.
 */
@Component
class OpenTaskMetrics implements MeterBinder {

    private static final List<String> GROUPS = List.of(Groups.STAFF, Groups.COUNSELLORS, Groups.BOARD, Groups.ADMIN);

    private final TaskService tasks;
    private final ManagementService management;

    OpenTaskMetrics(TaskService tasks, ManagementService management) {
        this.tasks = tasks;
        this.management = management;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        String sql = "select count(*) from " + management.getTableName(TaskEntity.class) + " T"
                + " where exists (select 1 from " + management.getTableName(IdentityLinkEntity.class) + " L"
                + "   where L.TASK_ID_ = T.ID_ and L.TYPE_ = 'candidate' and L.GROUP_ID_ = #{group})"
                + " or T.ASSIGNEE_ in (select M.USER_ID_ from " + management.getTableName(MembershipEntity.class) + " M"
                + "   where M.GROUP_ID_ = #{group})";
        for (String group : GROUPS) {
            Gauge.builder("asociacija.tasks.open", tasks, t -> t.createNativeTaskQuery().sql(sql).parameter("group", group).count())
                    .tag("group", group).description("Open tasks offered to the group or assigned to its members")
                    .register(registry);
        }
    }
}
