package si.asociacija.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Two nodes (two leases on one database, its table as the migration makes it) take turns at work one of them does at a time. */
class ClusterLeaseTest {

    @Test
    void oneNodeHoldsTheLeaseUntilItStopsOrLetsItLapseThenTheOtherTakesIt() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource("jdbc:h2:mem:lease-" + UUID.randomUUID(), "sa", "", true));
        jdbc.execute(Files.readString(Path.of("src/main/resources/db/migration/V15__cluster_lease.sql")));
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
