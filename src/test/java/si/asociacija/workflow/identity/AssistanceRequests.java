package si.asociacija.workflow.identity;

import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.TestData;

/** Requests through the public intakes, for the tests that need an assistance case or an application. */
final class AssistanceRequests {

    private AssistanceRequests() {
    }

    /** Asks {@code question}; the reference of the new case. */
    static String askForHelp(TestRestTemplate http, ObjectMapper json, String question) throws JsonProcessingException {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = json.writeValueAsString(Map.of("name", "Tina Igralka", "email", TestData.email("tina"),
                "topic", "SOCIAL_SECURITY", "message", question, "consent", true));
        return json.readTree(http.postForEntity("/api/assistance-requests", new HttpEntity<>(body, headers),
                String.class).getBody()).get("reference").asText();
    }

    /** A membership application on the public form; its reference. */
    static String applyForMembership(TestRestTemplate http, ObjectMapper json) throws JsonProcessingException {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = json.writeValueAsString(Map.of("type", "INDIVIDUAL", "name", "Tina Igralka", "email", TestData.email("tina"),
                "address", "Metelkova 6, 1000 Ljubljana", "field", "PERFORMING_ARTS", "motivation", "Igram v gledališču.",
                "language", "sl", "consent", true));
        return json.readTree(http.postForEntity("/api/membership-applications", new HttpEntity<>(body, headers),
                String.class).getBody()).get("reference").asText();
    }
}
