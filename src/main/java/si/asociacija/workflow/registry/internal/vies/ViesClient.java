package si.asociacija.workflow.registry.internal.vies;

import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/** Asks the EU VAT register (VIES) whether a VAT number is valid. */
@Component
public class ViesClient {

    private final ProducerTemplate producer;

    ViesClient(ProducerTemplate producer) {
        this.producer = producer;
    }

    /**
     * The check of a VAT number, e.g. {@code check("SI", "38450666")}: VALID or INVALID as VIES answered,
     * UNKNOWN while VIES cannot answer (never INVALID for that).
     */
    public VatCheck check(String countryCode, String vatNumber) {
        return producer.requestBody(ViesRoute.CHECK, new ViesRequest(countryCode, vatNumber), VatCheck.class);
    }
}
