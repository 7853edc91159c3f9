package si.asociacija.workflow.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static si.asociacija.workflow.assembly.AssemblySession.ok;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;

/** The office follows the turnout of the assembly under way in the metrics: convened, checked in, represented, voted. */
class AssemblyTurnoutMetricsTest extends AssemblyTestBase {

    @Autowired
    MeterRegistry registry;

    @Test
    void turnoutOfTheAssemblyUnderWayIsInTheMetrics() throws Exception {
        AssemblySession s = session().members(4, "odziv").convene(true, AssemblyProcessTest.RESOLUTION);
        ok(s.proxy(3, 0));
        s.timerFires();
        ok(s.checkIn(0));
        ok(s.attend(1));
        ok(s.open());
        ok(s.openItem(1));
        ok(s.vote(0, 1, "{\"choice\": \"FOR\"}"));

        assertThat(gauge("entitled")).isEqualTo(4);
        assertThat(gauge("registered")).isEqualTo(2);
        assertThat(gauge("represented")).isEqualTo(1);
        assertThat(gauge("voted")).isEqualTo(1);
    }

    private double gauge(String name) {
        return registry.get("asociacija.assembly." + name).gauge().value();
    }
}
