package si.asociacija.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import si.asociacija.workflow.WorkflowTest;

/** A log line says which case it is about: while a process step runs, and while the API handles a request about a case. */
@ExtendWith(OutputCaptureExtension.class)
class ReferenceInLogsTest extends WorkflowTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void aLineLoggedInAProcessStepCarriesTheCaseReference(CapturedOutput output) {
        String reference = "UO-TEST-" + System.nanoTime();
        processEngine.getRuntimeService().startProcessInstanceByKey("board-decision", reference,
                Map.of("title", "Sklep z referenco", "motionText", "Upravni odbor sprejme sklep."));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> output.getOut().lines()
                .anyMatch(line -> line.contains("'Sklep z referenco' opened for")));
        assertThat(output.getOut().lines().filter(line -> line.contains("'Sklep z referenco' opened for")))
                .allMatch(line -> line.contains(" [" + reference + "] "));
    }

    @Test
    void aLineLoggedWhileTheApiHandlesACaseCarriesItsReference(CapturedOutput output) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        http.withBasicAuth("staff", "demo").postForEntity("/api/assemblies/SK-2099-77/attendance",
                new HttpEntity<>("{\"member\": ", headers), String.class);

        assertThat(output.getOut().lines().filter(line -> line.contains("Refused request body")))
                .isNotEmpty().allMatch(line -> line.contains(" [SK-2099-77] "));
    }

    @Test
    void aLineAboutNoCaseHasNoReference(CapturedOutput output) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        http.postForEntity("/api/assistance-requests", new HttpEntity<>("{\"name\": ", headers), String.class);

        assertThat(output.getOut().lines().filter(line -> line.contains("Refused request body")))
                .isNotEmpty().noneMatch(line -> line.contains("[]")).noneMatch(line -> line.contains("[SK-"));
    }
}
