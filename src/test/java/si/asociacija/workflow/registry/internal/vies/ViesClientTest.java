package si.asociacija.workflow.registry.internal.vies;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.camel.CamelContext;
import org.apache.camel.component.resilience4j.ResilienceProcessor;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import si.asociacija.workflow.registry.internal.vies.VatCheck.Outcome;

/** The VIES client against a stand-in VIES on a free port: only Camel and the client, no application. */
@SpringBootTest(classes = ViesClientTest.Vies.class, properties = {
        "asociacija.registry.vies.response-timeout=PT1S",
        "asociacija.registry.vies.first-retry-delay=PT0.01S",
        "asociacija.registry.vies.max-retry-delay=PT0.05S",
        "asociacija.registry.vies.circuit-failures=3",
        "asociacija.registry.vies.circuit-open-for=PT1S",
        "asociacija.registry.vies.max-concurrent-checks=2",
        "asociacija.registry.vies.slot-wait=PT2S"})
class ViesClientTest {

    private static final String PATH = "/taxation_customs/vies/rest-api/check-vat-number";

    @RegisterExtension
    static final WireMockExtension VIES = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void viesUrl(DynamicPropertyRegistry registry) {
        registry.add("asociacija.registry.vies.url", () -> VIES.baseUrl() + PATH);
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(CamelAutoConfiguration.class)
    @EnableConfigurationProperties(ViesSettings.class)
    @Import({ViesRoute.class, ViesClient.class})
    static class Vies {
    }

    @Autowired
    ViesClient client;

    @Autowired
    CamelContext camel;

    @BeforeEach
    void closeCircuit() {
        circuit().transitionToCloseState();
    }

    @Test
    void validNumberWithWhatViesDiscloses() {
        answer(okJson("""
                {"countryCode": "SI", "vatNumber": "38450666", "requestDate": "2025-03-14T09:21:07.512Z",
                 "valid": true, "requestIdentifier": "", "name": "ASOCIACIJA, DRUŠTVO", "address": "---",
                 "traderName": "---", "traderStreet": "---"}"""));

        VatCheck check = client.check("SI", "38450666");

        assertThat(check).isEqualTo(new VatCheck(Outcome.VALID, "ASOCIACIJA, DRUŠTVO", null, LocalDate.of(2025, 3, 14), null));
        VIES.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"countryCode": "SI", "vatNumber": "38450666"}""")));
    }

    @Test
    void invalidNumber() {
        answer(okJson("""
                {"countryCode": "SI", "vatNumber": "12345678", "requestDate": "2025-03-14T09:21:07.512Z",
                 "valid": false, "name": "---", "address": "---"}"""));

        assertThat(client.check("SI", "12345678"))
                .isEqualTo(new VatCheck(Outcome.INVALID, null, null, LocalDate.of(2025, 3, 14), null));
        assertThat(requests()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MS_UNAVAILABLE", "MS_MAX_CONCURRENT_REQ", "GLOBAL_MAX_CONCURRENT_REQ",
            "SERVICE_UNAVAILABLE", "TIMEOUT"})
    void tryLaterIsUnknownAfterEveryAttempt(String error) {
        answer(viesError(error));

        assertThat(client.check("SI", "38450666")).isEqualTo(VatCheck.unknown(error));
        assertThat(requests()).isEqualTo(3);
    }

    @Test
    void otherErrorIsUnknownWithoutAnotherAttempt() {
        answer(viesError("INVALID_INPUT").withStatus(400));

        assertThat(client.check("SI", "x")).isEqualTo(VatCheck.unknown("INVALID_INPUT"));
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void serverErrorIsUnknownAfterEveryAttempt() {
        answer(aResponse().withStatus(503));

        assertThat(client.check("SI", "38450666")).isEqualTo(VatCheck.unknown("HTTP 503"));
        assertThat(requests()).isEqualTo(3);
    }

    @Test
    void anotherAttemptAfterTryLaterFindsTheAnswer() {
        VIES.stubFor(post(PATH).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(viesError("MS_MAX_CONCURRENT_REQ")).willSetStateTo("free"));
        VIES.stubFor(post(PATH).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(okJson("""
                        {"valid": true, "name": "ASOCIACIJA", "address": "Ljubljana", "requestDate": "2025-03-14"}""")));

        assertThat(client.check("SI", "38450666"))
                .isEqualTo(new VatCheck(Outcome.VALID, "ASOCIACIJA", "Ljubljana", LocalDate.of(2025, 3, 14), null));
        assertThat(requests()).isEqualTo(2);
    }

    @Test
    void slowAnswerIsUnknownTimeout() {
        answer(okJson("{\"valid\": true}").withFixedDelay(2500));

        assertThat(client.check("SI", "38450666")).isEqualTo(VatCheck.unknown(VatCheck.TIMEOUT));
        assertThat(requests()).isEqualTo(3);
    }

    @Test
    void connectionResetIsUnknown() {
        answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(client.check("SI", "38450666")).isEqualTo(VatCheck.unknown(VatCheck.CONNECTION_ERROR));
        assertThat(requests()).isEqualTo(3);
    }

    @Test
    void circuitOpensAfterFailuresAndClosesWhenViesIsBack() {
        answer(aResponse().withStatus(503));
        for (int check = 0; check < 3; check++) {
            assertThat(client.check("SI", "38450666").outcome()).isEqualTo(Outcome.UNKNOWN);
        }
        assertThat(requests()).isEqualTo(9);

        assertThat(client.check("SI", "38450666")).isEqualTo(VatCheck.unknown(VatCheck.CIRCUIT_OPEN));
        assertThat(requests()).isEqualTo(9);
        assertThat(circuit().getCircuitBreakerState()).isEqualTo("OPEN");

        answer(okJson("{\"valid\": true, \"requestDate\": \"2025-03-14\"}"));
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> client.check("SI", "38450666").outcome() == Outcome.VALID);
        assertThat(requests()).isEqualTo(10);
        assertThat(circuit().getCircuitBreakerState()).isEqualTo("CLOSED");
        assertThat(client.check("SI", "38450666").outcome()).isEqualTo(Outcome.VALID);
        assertThat(requests()).isEqualTo(11);
    }

    @Test
    void noMoreChecksThanTheLimitReachViesAtOnceAndTheOthersWaitForTheirTurn() throws Exception {
        answer(okJson("{\"valid\": true, \"requestDate\": \"2025-03-14\"}").withFixedDelay(300));

        List<VatCheck> checks = atOnce(4, () -> client.check("SI", "38450666"));

        assertThat(checks).extracting(VatCheck::outcome).containsOnly(Outcome.VALID).hasSize(4);
        assertThat(requests()).isEqualTo(4);
        assertThat(mostServedAtOnce()).isEqualTo(2);
    }

    @Test
    void aCheckThatGetsNoTurnInTimeIsUnknownAndNeverReachesVies() throws Exception {
        // each attempt times out after 1 s: a check holds its turn for its three attempts
        answer(okJson("{\"valid\": true}").withFixedDelay(2500));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<VatCheck>> slow = List.of(pool.submit(() -> client.check("SI", "38450666")),
                    pool.submit(() -> client.check("SI", "38450666")));
            Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> requests() == 2);

            assertThat(client.check("SI", "12345678")).isEqualTo(VatCheck.unknown(VatCheck.BUSY));

            for (Future<VatCheck> check : slow) {
                assertThat(check.get()).isEqualTo(VatCheck.unknown(VatCheck.TIMEOUT));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(requests()).isEqualTo(6);
        VIES.verify(0, postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"countryCode": "SI", "vatNumber": "12345678"}""")));
    }

    private static <T> List<T> atOnce(int count, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(Collections.nCopies(count, task))) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The most requests VIES was serving at once, from its journal: each from its arrival for as long as it took. */
    private static int mostServedAtOnce() {
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> VIES.getAllServeEvents().stream()
                .allMatch(served -> served.getTiming() != null && served.getTiming().getTotalTime() != null));
        List<long[]> edges = new ArrayList<>();
        for (ServeEvent served : VIES.getAllServeEvents()) {
            long arrived = served.getRequest().getLoggedDate().getTime();
            edges.add(new long[] {arrived, 1});
            edges.add(new long[] {arrived + served.getTiming().getTotalTime(), -1});
        }
        edges.sort(Comparator.<long[]>comparingLong(edge -> edge[0]).thenComparingLong(edge -> edge[1]));
        int serving = 0;
        int most = 0;
        for (long[] edge : edges) {
            serving += (int) edge[1];
            most = Math.max(most, serving);
        }
        return most;
    }

    private static void answer(ResponseDefinitionBuilder response) {
        VIES.stubFor(post(PATH).willReturn(response));
    }

    private static ResponseDefinitionBuilder viesError(String error) {
        return okJson("""
                {"actionSucceed": false, "errorWrappers": [{"error": "%s", "message": "try later"}]}""".formatted(error));
    }

    private static int requests() {
        return VIES.findAll(postRequestedFor(urlEqualTo(PATH))).size();
    }

    private ResilienceProcessor circuit() {
        return camel.getProcessor(ViesRoute.CIRCUIT_BREAKER, ResilienceProcessor.class);
    }
}
