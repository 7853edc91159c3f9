package si.asociacija.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every process diagram reads well in Modeler and Cockpit: every flow node has a shape, no label lies
 * over another label or over a shape other than its own, and every user task has a form.
 */
class DiagramLayoutTest {

    record Box(String owner, double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    static Stream<Path> diagrams() throws IOException {
        return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void labelsOverlapNothingAndEveryNodeIsDrawn(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<Box> shapes = new ArrayList<>();
        List<Box> labels = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement element = shape.getBpmnElement();
            if (!(element instanceof SubProcess)) {
                shapes.add(box(element.getId(), shape.getBounds()));
            }
            if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
                labels.add(box(element.getId(), shape.getBpmnLabel().getBounds()));
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
                labels.add(box(edge.getBpmnElement().getId(), edge.getBpmnLabel().getBounds()));
            }
        }
        List<String> drawn = shapes.stream().map(Box::owner).toList();
        assertThat(model.getModelElementsByType(FlowNode.class)).extracting(FlowNode::getId)
                .as(file + ": every flow node has a shape").allMatch(id -> drawn.contains(id) || isSubProcess(model, id));
        for (int i = 0; i < labels.size(); i++) {
            Box label = labels.get(i);
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(label.overlaps(labels.get(j))).as(file + ": label of " + label.owner() + " over label of "
                        + labels.get(j).owner()).isFalse();
            }
            for (Box shape : shapes) {
                if (!shape.owner().equals(label.owner())) {
                    assertThat(label.overlaps(shape)).as(file + ": label of " + label.owner() + " over " + shape.owner()).isFalse();
                }
            }
        }
        assertThat(model.getModelElementsByType(UserTask.class)).as(file + ": every user task has a form")
                .allMatch(t -> t.getCamundaFormRef() != null || t.getCamundaFormKey() != null);
    }

    private static boolean isSubProcess(BpmnModelInstance model, String id) {
        return model.getModelElementById(id) instanceof SubProcess;
    }

    private static Box box(String owner, Bounds b) {
        return new Box(owner, b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }
}
