package si.asociacija.workflow.shared;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;

/**
 * A polling Camel route (a mailbox, a folder) that one node of the cluster runs at a time: a poll goes
 * ahead only while this node holds the {@link ClusterLease}, and each poll renews it. Given to the
 * endpoint as {@code pollStrategy=#beanName}; the poll interval must be well under the lease.
 */
public class LeasedPolling extends DefaultPollingConsumerPollStrategy {

    private final ClusterLease lease;
    private final String name;

    public LeasedPolling(ClusterLease lease, String name) {
        this.lease = lease;
        this.name = name;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return lease.hold(name);
    }
}
