package si.asociacija.workflow.registry.internal.vies;

import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;

/**
 * Asks the EU VAT register (VIES) whether a VAT number is valid, with at most
 * {@link ViesSettings#maxConcurrentChecks()} checks under way at a time, as VIES refuses a client that sends
 * more at once.
 */
@Component
public class ViesClient {

    private static final Logger log = LoggerFactory.getLogger(ViesClient.class);

    private final ProducerTemplate producer;
    private final Bulkhead slots;

    ViesClient(ProducerTemplate producer, ViesSettings settings) {
        this.producer = producer;
        this.slots = Bulkhead.of("vies-checks", BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrentChecks())
                .maxWaitDuration(settings.slotWait())
                .build());
    }

    /**
     * The check of a VAT number, e.g. {@code check("SI", "38450666")}: VALID or INVALID as VIES answered,
     * UNKNOWN while VIES cannot answer (never INVALID for that), and UNKNOWN ({@link VatCheck#BUSY}) when
     * the check waited its longest for the others under way to end.
     */
    public VatCheck check(String countryCode, String vatNumber) {
        try {
            return slots.executeSupplier(() -> producer.requestBody(ViesRoute.CHECK,
                    new ViesRequest(countryCode, vatNumber), VatCheck.class));
        } catch (BulkheadFullException busy) {
            log.warn("VIES check without an answer: {} checks were under way the whole time it waited",
                    slots.getBulkheadConfig().getMaxConcurrentCalls());
            return VatCheck.unknown(VatCheck.BUSY);
        }
    }
}
