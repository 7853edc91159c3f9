package si.asociacija.workflow;

import java.lang.management.ManagementFactory;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The asynchronous step of {@code cluster/cluster-probe.bpmn}: takes a little while, like a real step,
 * and notes which node (JVM process id) ran it, in the step's own transaction.
 */
public class ClusterProbe implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        Thread.sleep(50);
        execution.setVariable("executedBy", ManagementFactory.getRuntimeMXBean().getPid());
    }
}
