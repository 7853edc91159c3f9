package si.asociacija.workflow.advocacy.internal.watch;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * A source's answer, whole: fetched through {@link WatchRoutes#FETCH} (camel-http, with the configured timeouts;
 * a status other than 2xx fails). A failure is thrown as its cause when that is unchecked, else in Camel's wrapper.
 */
@Component
class SourceFetch {

    private final ProducerTemplate camel;

    SourceFetch(ProducerTemplate camel) {
        this.camel = camel;
    }

    byte[] get(String url, Map<String, String> headers) {
        Map<String, Object> request = new HashMap<>(headers);
        request.put(Exchange.HTTP_URI, url);
        request.put(Exchange.HTTP_METHOD, "GET");
        try {
            byte[] body = camel.requestBodyAndHeaders(WatchRoutes.FETCH, null, request, byte[].class);
            return body == null ? new byte[0] : body;
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
