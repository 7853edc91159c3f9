package si.asociacija.workflow.operations.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the engine the history clean-up window of {@link HistoryCleanupSettings} as times with the zone's
 * offset ({@code 01:00+0100}), so the window is the office's night whatever the machine's time zone. The
 * offset is the one at start-up: across a change to or from summer time the window is an hour off until
 * the next start.
 */
@Component
class HistoryCleanupWindow extends AbstractProcessEnginePlugin {

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xx");

    private final HistoryCleanupSettings settings;

    HistoryCleanupWindow(HistoryCleanupSettings settings) {
        this.settings = settings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryCleanupBatchWindowStartTime(withOffset(settings.windowStart()));
        configuration.setHistoryCleanupBatchWindowEndTime(withOffset(settings.windowEnd()));
    }

    private String withOffset(LocalTime time) {
        return time.withSecond(0).withNano(0) + OFFSET.format(settings.zone().getRules().getOffset(Instant.now()));
    }
}
