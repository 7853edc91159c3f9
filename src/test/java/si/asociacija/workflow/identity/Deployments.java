package si.asociacija.workflow.identity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** Processes for the authorisation tests: a probe with one user task, and a deployment a caller could run code with. */
final class Deployments {

    static final String BOUNDARY = "matrix-boundary";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private Deployments() {
    }

    /** One user task assigned to {@code assignee}, nothing else. */
    static BpmnModelInstance userTask(String key, String assignee) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Probe").camundaAssignee(assignee).endEvent().done();
    }

    /** A multipart body for {@code POST /engine-rest/deployment/create}: a process whose script task would run on the server. */
    static byte[] scriptTask(String deploymentName) {
        String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess(deploymentName).camundaHistoryTimeToLive(1)
                .startEvent().scriptTask("Task_Script").scriptFormat("groovy").scriptText("'code on the server'")
                .endEvent().done());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, "Content-Disposition: form-data; name=\"deployment-name\"", deploymentName);
        part(body, "Content-Disposition: form-data; name=\"data\"; filename=\"" + deploymentName + ".bpmn\"\r\n"
                + "Content-Type: application/octet-stream", bpmn);
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static void part(ByteArrayOutputStream body, String headers, String content) {
        body.writeBytes(("--" + BOUNDARY + "\r\n" + headers + "\r\n\r\n" + content + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
