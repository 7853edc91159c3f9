package si.asociacija.workflow.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import si.asociacija.workflow.ModuleTest;

/**
 * The board on its own (with mail, portal and identity), used the way another capability uses it:
 * a caller process whose call activity maps its variables through a {@link BoardMotion}.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "identity")
class BoardContractTest extends ModuleTest {

    private static final String CALLER = "board-contract-caller";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @TestConfiguration
    static class Caller {

        /** The motion a caller puts: about its own business key, in the default voting period. */
        @Bean
        BoardMotion testBoardMotion() {
            return new BoardMotion() {
                @Override
                protected BoardDecision.Motion motion(DelegateExecution caller) {
                    return BoardDecision.Motion.about(caller.getProcessBusinessKey(), "Sklep o pozivu " + "x".repeat(250),
                            "Upravni odbor podpre poziv.");
                }
            };
        }
    }

    @BeforeEach
    void deployCaller() {
        BpmnModelInstance caller = Bpmn.createExecutableProcess(CALLER).startEvent()
                .callActivity("Call_Board").calledElement(BoardDecision.PROCESS_KEY)
                .camundaVariableMappingDelegateExpression("${testBoardMotion}")
                .userTask("Task_AfterBoard").endEvent().done();
        repositoryService.createDeployment().name(CALLER).enableDuplicateFiltering(true)
                .addModelInstance(CALLER + ".bpmn", caller).deploy();
    }

    @Test
    void theBoardDecidesTheCallersMotionAndAnswersTheResult() {
        ProcessInstance caller = runtimeService.startProcessInstanceByKey(CALLER, "CASE-" + System.nanoTime());
        ProcessInstance board = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
        assertThat(runtimeService.getVariable(board.getId(), "subjectReference")).isEqualTo(caller.getBusinessKey());
        assertThat((String) runtimeService.getVariable(board.getId(), "title")).hasSize(BoardDecision.Motion.MAX_TITLE).endsWith("…");

        for (int i = 1; i <= 7; i++) {
            Task vote = taskService.createTaskQuery().processInstanceId(board.getId())
                    .taskAssignee(String.format("board%02d", i)).singleResult();
            taskService.complete(vote.getId(), Map.of("vote", "APPROVE"));
        }

        await().atMost(Duration.ofSeconds(20)).until(() ->
                taskService.createTaskQuery().processInstanceId(caller.getId()).taskDefinitionKey("Task_AfterBoard").count() == 1);
        assertThat(runtimeService.getVariable(caller.getId(), "outcome")).isEqualTo(BoardDecision.Outcome.APPROVED.name());
        assertThat((String) runtimeService.getVariable(caller.getId(), "resolutionNumber")).startsWith("UO-");
        assertThat(runtimeService.getVariable(caller.getId(), "title")).as("the motion stays in the board's instance").isNull();
    }
}
