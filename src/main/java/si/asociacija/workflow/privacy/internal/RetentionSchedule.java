package si.asociacija.workflow.privacy.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.privacy.RetentionPeriods;
import si.asociacija.workflow.shared.ClusterLease;
import si.asociacija.workflow.shared.ReferenceNumbers;

/**
 * The nightly retention run ({@code asociacija.retention.cron}, Ljubljana time; {@code -}: never), on the
 * node that holds the {@code retention} lease. Running it twice changes nothing: anonymised records are
 * not anonymised again.
 */
@Component
class RetentionSchedule {

    static final String LEASE = "retention";

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final Anonymisation anonymisation;
    private final TaskScheduler scheduler;
    private final ClusterLease lease;
    private final RetentionPeriods periods;

    RetentionSchedule(Anonymisation anonymisation, TaskScheduler scheduler, ClusterLease lease, RetentionPeriods periods) {
        this.anonymisation = anonymisation;
        this.scheduler = scheduler;
        this.lease = lease;
        this.periods = periods;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        String cron = periods.cron();
        if (cron != null && !cron.isBlank() && !ScheduledTaskRegistrar.CRON_DISABLED.equals(cron)) {
            scheduler.schedule(this::run, new CronTrigger(cron, ReferenceNumbers.ZONE));
            log.info("Personal data past its retention period is anonymised at '{}' (Ljubljana time)", cron);
        }
    }

    void run() {
        if (!lease.hold(LEASE)) {
            return;
        }
        try {
            anonymisation.anonymiseExpired();
        } catch (RuntimeException e) {
            log.error("The retention run failed; it runs again at its next time", e);
        }
    }
}
