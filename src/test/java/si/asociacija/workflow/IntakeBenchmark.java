package si.asociacija.workflow;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.mail.OutboxEntry;

/**
 * Figures, not assertions: how fast the public intake accepts applications (validation, record,
 * process start, queued acknowledgement) and how fast the outbox delivers the acknowledgements to
 * SMTP. Run with {@code ./mvnw verify -Pbench} (add {@code -Ppostgres} for PostgreSQL).
 */
@Tag("benchmark")
class IntakeBenchmark extends WorkflowTest {

    private static final int WARM_UP = 20;
    private static final int APPLICATIONS = 200;

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void intakeAndMailDelivery() throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            apply();
        }
        List<Long> latencies = new ArrayList<>();
        List<String> references = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < APPLICATIONS; i++) {
            long t = System.nanoTime();
            references.add(apply());
            latencies.add(System.nanoTime() - t);
        }
        double intakeSeconds = (System.nanoTime() - start) / 1e9;

        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> references.stream().allMatch(this::sent));
        double deliverySeconds = (System.nanoTime() - start) / 1e9;

        Collections.sort(latencies);
        double intakeRate = APPLICATIONS / intakeSeconds;
        double deliveryRate = APPLICATIONS / deliverySeconds;
        System.out.printf("%nBENCHMARK intake: %d applications in %.2f s = %.1f per s; latency p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                APPLICATIONS, intakeSeconds, intakeRate, ms(latencies, 0.50), ms(latencies, 0.95), latencies.get(latencies.size() - 1) / 1e6);
        System.out.printf("BENCHMARK mail: all %d acknowledgements delivered to SMTP %.2f s after the first application = %.1f per s%n",
                APPLICATIONS, deliverySeconds, deliveryRate);
        System.out.printf("BENCHMARK ratio: delivery rate / intake rate = %.2f (1.0 means the outbox keeps pace with intake at full speed)%n%n",
                deliveryRate / intakeRate);
    }

    private boolean sent(String reference) {
        return outbox.messagesFor(reference).stream().map(OutboxEntry::status).allMatch("SENT"::equals);
    }

    private String apply() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = json.writeValueAsString(Map.of("type", "ORGANISATION", "name", "Zavod za meritve",
                "email", TestData.email("meritev"), "address", "Metelkova 6, Ljubljana",
                "registrationNumber", TestData.registrationNumber(), "taxNumber", TestData.taxNumber(),
                "field", "RESEARCH", "motivation", "Merimo.", "language", "sl", "consent", true));
        ResponseEntity<String> response = http.postForEntity("/api/membership-applications", new HttpEntity<>(body, headers), String.class);
        return json.readTree(response.getBody()).get("reference").asText();
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(quantile * (sorted.size() - 1)))) / 1e6;
    }
}
