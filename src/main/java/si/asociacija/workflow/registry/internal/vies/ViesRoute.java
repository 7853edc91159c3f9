package si.asociacija.workflow.registry.internal.vies;

import java.io.IOException;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpEndpoint;
import org.springframework.stereotype.Component;

/**
 * A VIES check: behind a circuit breaker, up to {@code attempts} calls with a growing delay while VIES
 * answers "try later", fails or does not answer in time; what has no answer in the end is UNKNOWN.
 */
@Component
class ViesRoute extends RouteBuilder {

    static final String CHECK = "direct:vies-check";
    static final String CIRCUIT_BREAKER = "vies-circuit-breaker";
    private static final String ATTEMPTS = "direct:vies-attempts";
    private static final String ATTEMPT = "direct:vies-attempt";

    private final ViesSettings settings;
    private final ViesMessages messages = new ViesMessages();

    ViesRoute(ViesSettings settings) {
        this.settings = settings;
    }

    @Override
    public void configure() {
        HttpEndpoint vies = endpoint(settings.endpoint(), HttpEndpoint.class);
        // the attempts are this route's: the HTTP client itself would repeat a 503 after a second
        vies.getClientBuilder().disableAutomaticRetries();

        from(CHECK).routeId("vies-check")
                .circuitBreaker().id(CIRCUIT_BREAKER)
                    .resilience4jConfiguration()
                        .slidingWindowSize(settings.circuitFailures())
                        .minimumNumberOfCalls(settings.circuitFailures())
                        .failureRateThreshold(100)
                        .waitDurationInOpenState(settings.circuitOpenSeconds())
                        .permittedNumberOfCallsInHalfOpenState(1)
                    .end()
                    .to(ATTEMPTS)
                .onFallback()
                    .process(this::unknown)
                    .log(LoggingLevel.WARN, "VIES check without an answer: ${body.reason}")
                .end();

        from(ATTEMPTS).routeId("vies-attempts")
                .onException(ViesUnavailable.class, IOException.class)
                    .maximumRedeliveries(settings.retries())
                    .redeliveryDelay(settings.firstRetryDelay().toMillis())
                    .useExponentialBackOff()
                    .backOffMultiplier(2)
                    .maximumRedeliveryDelay(settings.maxRetryDelay().toMillis())
                    .useCollisionAvoidance()
                    .logExhausted(false)
                .end()
                .to(ATTEMPT);

        from(ATTEMPT).routeId("vies-attempt")
                .errorHandler(noErrorHandler())
                .bean(messages, "request")
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .setHeader("Accept", constant("application/json"))
                .to(vies)
                .bean(messages, "read");
    }

    private void unknown(Exchange exchange) {
        Throwable failure = exchange.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, Throwable.class);
        exchange.getMessage().setBody(VatCheck.unknown(ViesUnavailable.reasonFor(failure)));
    }
}
