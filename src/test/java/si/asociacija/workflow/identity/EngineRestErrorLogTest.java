package si.asociacija.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import si.asociacija.workflow.WorkflowTest;

/** Logs are for people: a burst of bad requests to the APIs adds warnings of one line each, no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class EngineRestErrorLogTest extends WorkflowTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aBurstOfBadRequestsAddsNoStackTrace(CapturedOutput output) throws Exception {
        String task = "/engine-rest/task/";
        Map<String, Integer> answers = new LinkedHashMap<>();
        int before = output.getOut().length();
        answers.put("start with a wrong-typed variable", send("POST", "/engine-rest/process-definition/key/board-decision/start",
                "{\"variables\":{\"title\":{\"value\":\"abc\",\"type\":\"Integer\"}}}"));
        answers.put("start without the motion", send("POST", "/engine-rest/process-definition/key/board-decision/start", "{}"));
        answers.put("start a process that does not exist", send("POST", "/engine-rest/process-definition/key/nope/start", "{}"));
        answers.put("complete a task that does not exist", send("POST", task + "nope/complete", "{}"));
        answers.put("claim a task that does not exist", send("POST", task + "nope/claim", "{\"userId\":\"staff\"}"));
        answers.put("unknown sort", send("GET", "/engine-rest/task?sortBy=nope&sortOrder=asc", null));
        answers.put("bad date", send("GET", "/engine-rest/task?dueAfter=yesterday", null));
        answers.put("broken JSON", send("POST", "/engine-rest/task", "{"));
        answers.put("message nobody waits for", send("POST", "/engine-rest/message", "{\"messageName\":\"nope\"}"));
        answers.put("variables of nothing", send("GET", "/engine-rest/process-instance/nope/variables", null));
        answers.put("form of nothing", send("GET", task + "nope/form-variables", null));
        answers.put("bad JSON to the product API", send("POST", "/api/assistance-requests", "{\"name\": 5}"));
        answers.put("bad parameter to the product API", send("POST", "/api/mail/outbox/abc/retry", ""));
        String log = output.getOut().substring(before);

        assertThat(answers.values()).as(answers.toString()).allMatch(status -> status >= 400);
        assertThat(log.lines().filter(line -> line.matches("\\s+at [\\w.$]+\\(.*"))).as(log).isEmpty();
        assertThat(log.lines().filter(line -> line.contains(" ERROR "))).as(log).isEmpty();
        assertThat(log.lines().filter(line -> line.contains(" WARN ")).count()).isLessThanOrEqualTo(answers.size());
    }

    private int send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("staff:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
