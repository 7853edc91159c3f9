package si.asociacija.workflow.registry.internal.vies;

import java.util.Optional;
import java.util.Set;

import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON sent to VIES, and its answer read as a {@link VatCheck} or as "try later". */
class ViesMessages {

    private static final Set<String> TRY_LATER = Set.of("MS_UNAVAILABLE", "MS_MAX_CONCURRENT_REQ",
            "GLOBAL_MAX_CONCURRENT_REQ", "SERVICE_UNAVAILABLE", "TIMEOUT");
    private static final int TOO_MANY_REQUESTS = 429;

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    String request(ViesRequest request) throws JsonProcessingException {
        return json.writeValueAsString(request);
    }

    /**
     * The check VIES answered, UNKNOWN for an answer that is no check (an error code other than
     * "try later", a client error, an unreadable body).
     *
     * @throws ViesUnavailable for "try later" error codes, 429 and server errors
     */
    VatCheck read(@Header(Exchange.HTTP_RESPONSE_CODE) int status, @Body String body) {
        Optional<ViesAnswer> answer = parse(body);
        String error = answer.map(ViesAnswer::error).orElse(null);
        if (error != null) {
            return tryLaterOr(TRY_LATER.contains(error), error);
        }
        if (status >= 300) {
            return tryLaterOr(status == TOO_MANY_REQUESTS || status >= 500, "HTTP " + status);
        }
        return answer.filter(ViesAnswer::answered).map(ViesAnswer::check).orElse(VatCheck.unknown(VatCheck.UNREADABLE));
    }

    private static VatCheck tryLaterOr(boolean tryLater, String reason) {
        if (tryLater) {
            throw new ViesUnavailable(reason);
        }
        return VatCheck.unknown(reason);
    }

    private Optional<ViesAnswer> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(body, ViesAnswer.class));
        } catch (JsonProcessingException unreadable) {
            return Optional.empty();
        }
    }
}
