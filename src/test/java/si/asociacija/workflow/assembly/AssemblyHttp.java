package si.asociacija.workflow.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What the assembly tests do over HTTP as staff: import members, convene; and the requests' bodies and headers. */
final class AssemblyHttp {

    static final String HEADER = "type,name,email,registrationNumber,taxNumber,field,joinDate,language,representative\n";

    private AssemblyHttp() {
    }

    /** Imports CSV rows (after the header) into the member register. */
    static void importMembers(TestRestTemplate http, String rows) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        assertThat(http.withBasicAuth("staff", "demo").postForEntity("/api/members/import",
                new HttpEntity<>((HEADER + rows).getBytes(StandardCharsets.UTF_8), headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    static ResponseEntity<String> convene(TestRestTemplate http, String body) {
        return http.withBasicAuth("staff", "demo").postForEntity("/api/assemblies", json(body), String.class);
    }

    static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    static HttpEntity<Void> accept(MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(type));
        return new HttpEntity<>(headers);
    }
}
