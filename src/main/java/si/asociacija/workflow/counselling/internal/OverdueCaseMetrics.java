package si.asociacija.workflow.counselling.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code asociacija_counselling_cases_overdue}: open assistance cases past an SLA, by {@code sla}
 * ({@code first_response}: not answered in time; {@code resolution}: not resolved in time).
 */
@Component
class OverdueCaseMetrics implements MeterBinder {

    private static final List<CaseState> DONE = List.of(CaseState.RESOLVED, CaseState.CLOSED);

    private final AssistanceCaseRepository cases;

    OverdueCaseMetrics(AssistanceCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        overdue(registry, "first_response", (c, now) -> c.countFirstResponseOverdue(DONE, now));
        overdue(registry, "resolution", (c, now) -> c.countResolutionOverdue(DONE, now));
    }

    private void overdue(MeterRegistry registry, String sla, BiFunction<AssistanceCaseRepository, Instant, Long> count) {
        Gauge.builder("asociacija.counselling.cases.overdue", cases, c -> count.apply(c, ClockUtil.getCurrentTime().toInstant()))
                .tag("sla", sla).description("Open assistance cases past their due time").register(registry);
    }
}
