package si.asociacija.workflow.assembly.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.ToLongFunction;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import si.asociacija.workflow.assembly.internal.Assembly.State;

/**
 * The turnout of the general assembly under way (registration, session or minutes), or else of the last one
 * that began: {@code asociacija_assembly_entitled} (members convened with voting rights),
 * {@code asociacija_assembly_registered} (checked in, in the room or remotely),
 * {@code asociacija_assembly_represented} (by a proxy holder who is present) and
 * {@code asociacija_assembly_voted} (members whose vote was cast on at least one item). All 0 before the first.
 */
@Component
class TurnoutMetrics implements MeterBinder {

    private static final List<State> OPEN = List.of(State.REGISTRATION, State.POSTPONED, State.IN_SESSION, State.MINUTES);

    private final AssemblyRepository assemblies;
    private final ConvocationRepository convocations;
    private final VoteRepository votes;

    TurnoutMetrics(AssemblyRepository assemblies, ConvocationRepository convocations, VoteRepository votes) {
        this.assemblies = assemblies;
        this.convocations = convocations;
        this.votes = votes;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "entitled", "Members convened with voting rights", convocations::countConvened);
        gauge(registry, "registered", "Members checked in", convocations::countCheckedIn);
        gauge(registry, "represented", "Members represented by a present proxy holder", convocations::countRepresentedIn);
        gauge(registry, "voted", "Members who voted on at least one item", votes::countVoters);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToLongFunction<Long> count) {
        Gauge.builder("asociacija.assembly." + name, this, metrics -> metrics.current().stream().mapToLong(count).sum())
                .description(description).register(registry);
    }

    /** The assembly the figures are about: none before the first began. */
    private List<Long> current() {
        List<Long> open = assemblies.idsIn(OPEN, Limit.of(1));
        return open.isEmpty() ? assemblies.idsStartedBy(Instant.now(), Limit.of(1)) : open;
    }
}
