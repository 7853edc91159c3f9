package si.asociacija.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import si.asociacija.workflow.WorkflowTest;

/** Two nodes (two leases on one database) take turns at work one of them does at a time. */
class ClusterLeaseTest extends WorkflowTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneNodeHoldsTheLeaseUntilItStopsOrLetsItLapseThenTheOtherTakesIt() throws Exception {
        String work = "test-" + UUID.randomUUID();
        ClusterLease first = new ClusterLease(jdbc, Duration.ofMillis(600));
        ClusterLease second = new ClusterLease(jdbc, Duration.ofMillis(600));

        assertThat(first.hold(work)).isTrue();
        assertThat(second.hold(work)).as("held by the first node").isFalse();
        assertThat(first.hold(work)).as("renewed").isTrue();

        Thread.sleep(800);
        assertThat(second.hold(work)).as("the first node's lease lapsed").isTrue();
        assertThat(first.hold(work)).as("the second node renews it now").isFalse();

        second.releaseAll();
        assertThat(first.hold(work)).as("released when the second node stops").isTrue();
        assertThat(jdbc.queryForObject("select holder from cluster_lease where name = ?", String.class, work))
                .isEqualTo(first.node());
        first.releaseAll();
    }
}
