package si.asociacija.workflow.membership.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.ReferenceNumbers;

/**
 * Runs the yearly register check of the members on its schedule
 * ({@code asociacija.membership.register-check.cron}, Ljubljana time; {@code -}: never). Every node
 * schedules it; the year's claim lets one of them run it.
 */
@Component
class MemberRegisterCheckSchedule {

    private static final Logger log = LoggerFactory.getLogger(MemberRegisterCheckSchedule.class);

    private final MemberRegisterCheck check;
    private final TaskScheduler scheduler;
    private final String cron;

    MemberRegisterCheckSchedule(MemberRegisterCheck check, TaskScheduler scheduler,
                                @Value("${asociacija.membership.register-check.cron:-}") String cron) {
        this.check = check;
        this.scheduler = scheduler;
        this.cron = cron;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        if (cron != null && !cron.isBlank() && !ScheduledTaskRegistrar.CRON_DISABLED.equals(cron)) {
            scheduler.schedule(() -> check.runOnce(MemberRegisterCheck.thisYear()),
                    new CronTrigger(cron, ReferenceNumbers.ZONE));
            log.info("The members are checked against the registers yearly at '{}' (Ljubljana time)", cron);
        }
    }
}
