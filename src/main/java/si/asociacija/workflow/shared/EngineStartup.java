package si.asociacija.workflow.shared;

import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;

/**
 * A start-up step that writes engine data (groups, authorisations, filters) and is idempotent: when
 * another node starting at the same moment wrote some of it first, the step looks again once.
 */
public final class EngineStartup {

    private EngineStartup() {
    }

    public static void apply(Logger log, String what, Runnable step) throws InterruptedException {
        try {
            step.run();
        } catch (ProcessEngineException another) {
            log.info("{} changed by another node while starting ({}); checking again", what, another.getMessage());
            Thread.sleep(1000);
            step.run();
        }
    }
}
