package si.asociacija.workflow.operations.internal;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health {@code jobExecutor}: up while this node's job executor runs (timers, asynchronous steps, the
 * outbox's incidents), with how many jobs are due now and how many failed with no retries left (each an
 * incident in Cockpit). Failed jobs do not take the node down: they wait for staff, not for another node.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth extends AbstractHealthIndicator {

    private final JobExecutor jobExecutor;
    private final ManagementService management;

    JobExecutorHealth(JobExecutor jobExecutor, ManagementService management) {
        super("Job executor not readable");
        this.jobExecutor = jobExecutor;
        this.management = management;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean active = jobExecutor.isActive();
        (active ? health.up() : health.down())
                .withDetail("active", active)
                .withDetail("lockOwner", jobExecutor.getLockOwner())
                .withDetail("dueJobs", management.createJobQuery().executable().count())
                .withDetail("failedJobs", management.createJobQuery().noRetriesLeft().count());
    }
}
