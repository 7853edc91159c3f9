package si.asociacija.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import si.asociacija.workflow.WorkflowTest;

/** The engine's history does not grow for ever: every process has a time to live, and the clean-up runs at night. */
class HistoryCleanupTest extends WorkflowTest {

    @Test
    void everyProcessHasAHistoryTimeToLive() {
        List<ProcessDefinition> definitions = processEngine.getRepositoryService().createProcessDefinitionQuery().list();
        assertThat(definitions).isNotEmpty();
        assertThat(definitions).allSatisfy(definition ->
                assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull().isPositive());
    }

    @Test
    void theCleanupIsScheduledInTheNightWindowByRemovalTime() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");

        List<Job> jobs = processEngine.getHistoryService().findHistoryCleanupJobs();
        assertThat(jobs).isNotEmpty();
        assertThat(jobs).allSatisfy(job -> {
            LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.of("Europe/Ljubljana")).toLocalTime();
            assertThat(due).as("due %s", job.getDuedate()).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
        });
    }
}
