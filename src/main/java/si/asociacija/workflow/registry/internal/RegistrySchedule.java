package si.asociacija.workflow.registry.internal;

import java.time.ZoneId;

import org.apache.camel.ExchangePattern;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.registry.internal.file.RegisterSource;
import si.asociacija.workflow.shared.ClusterLease;
import si.asociacija.workflow.shared.InvalidInputException;

/**
 * Fetches each register's file on its schedule (a cron expression in Ljubljana time) or when staff
 * ask. Every node schedules it; the node that watches the drop folder ({@link RegistryRoutes#LEASE}) fetches,
 * and the import's claim lets one import of a register run at a time.
 */
@Component
class RegistrySchedule {

    private static final Logger log = LoggerFactory.getLogger(RegistrySchedule.class);
    private static final ZoneId LJUBLJANA = ZoneId.of("Europe/Ljubljana");

    private final ProducerTemplate camel;
    private final TaskScheduler scheduler;
    private final RegistrySettings settings;
    private final ClusterLease lease;

    RegistrySchedule(ProducerTemplate camel, TaskScheduler scheduler, RegistrySettings settings, ClusterLease lease) {
        this.lease = lease;
        this.camel = camel;
        this.scheduler = scheduler;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        settings.sources().forEach((source, where) -> {
            if (hasText(where.url()) && hasText(where.cron()) && !ScheduledTaskRegistrar.CRON_DISABLED.equals(where.cron())) {
                scheduler.schedule(() -> fetch(source), new CronTrigger(where.cron(), LJUBLJANA));
                log.info("{} is fetched from {} at '{}' (Ljubljana time)", source, where.url(), where.cron());
            }
        });
    }

    /** Fetches and imports the register's file in the background. */
    void fetchNow(RegisterSource source) {
        RegistrySettings.Source where = settings.sources().get(source);
        if (where == null || !hasText(where.url())) {
            throw InvalidInputException.of("source", "no address is configured for " + source + " (asociacija.registry.sources."
                    + source + ".url); put its file in the drop folder instead");
        }
        camel.asyncSend(RegistryRoutes.FETCH, exchange -> {
            exchange.setPattern(ExchangePattern.InOnly);
            exchange.setProperty(RegistryRoutes.SOURCE, source);
        });
    }

    private void fetch(RegisterSource source) {
        if (!lease.hold(RegistryRoutes.LEASE)) {
            log.info("{} is fetched on its schedule by the node that watches the drop folder, not this one", source);
            return;
        }
        camel.send(RegistryRoutes.FETCH, exchange -> exchange.setProperty(RegistryRoutes.SOURCE, source));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
