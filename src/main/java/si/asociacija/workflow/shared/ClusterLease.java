package si.asociacija.workflow.shared;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Work that one node of a cluster does at a time, whichever it is: a node holds a named lease in the
 * database while it renews it (at least every third of {@code asociacija.cluster.lease}); a node that
 * stops releases its leases, and one that dies loses them when they lapse, so that another node goes on.
 * The nodes' clocks are expected to agree within seconds (NTP).
 */
@Component
public class ClusterLease {

    private static final Logger log = LoggerFactory.getLogger(ClusterLease.class);

    private final JdbcTemplate jdbc;
    private final Duration lease;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    ClusterLease(JdbcTemplate jdbc, @Value("${asociacija.cluster.lease}") Duration lease) {
        this.jdbc = jdbc;
        this.lease = lease;
    }

    /** Takes the lease, or renews it when this node holds it; true when this node holds it now. */
    public boolean hold(String name) {
        Instant now = Instant.now();
        Timestamp until = Timestamp.from(now.plus(lease));
        boolean holds;
        try {
            holds = jdbc.update("update cluster_lease set holder = ?, expires_at = ? where name = ? and (holder = ? or expires_at < ?)",
                    node, until, name, node, Timestamp.from(now)) == 1
                    || jdbc.update("insert into cluster_lease (name, holder, expires_at) values (?, ?, ?)", name, node, until) == 1;
        } catch (DuplicateKeyException taken) {
            holds = false;
        } catch (DataAccessException unreachable) {
            log.warn("Could not take or renew '{}' ({}): this node does not do it now", name, unreachable.getMessage());
            holds = false;
        }
        if (holds && held.add(name)) {
            log.info("This node ({}) now does '{}' for the cluster", node, name);
        } else if (!holds && held.remove(name)) {
            log.warn("This node ({}) no longer holds '{}': another node does it", node, name);
        }
        return holds;
    }

    /** The leases this node holds go at once, so that another node need not wait for them to lapse. */
    @PreDestroy
    public void releaseAll() {
        for (String name : held) {
            try {
                jdbc.update("delete from cluster_lease where name = ? and holder = ?", name, node);
            } catch (DataAccessException e) {
                log.warn("Could not release '{}' (it lapses by itself): {}", name, e.getMessage());
            }
        }
        held.clear();
    }

    /** This node's name in the leases it holds: the process and a random part, unique per start. */
    public String node() {
        return node;
    }
}
