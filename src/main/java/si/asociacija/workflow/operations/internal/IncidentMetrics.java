package si.asociacija.workflow.operations.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** {@code asociacija_incidents_open}: the engine's open incidents (a failed job, mail that could not be sent), as Cockpit lists them. */
@Component
class IncidentMetrics implements MeterBinder {

    private final RuntimeService runtime;

    IncidentMetrics(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("asociacija.incidents.open", runtime, r -> r.createIncidentQuery().count())
                .description("Open incidents in the engine").register(registry);
    }
}
