package si.asociacija.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.WorkflowTest;

/**
 * Behind the TLS-terminating proxy (on the same host: loopback, so its X-Forwarded-Proto is trusted) the
 * cookies are Secure and browsers are told to keep to https (HSTS); on plain http neither. Every answer
 * carries the browser protections: no content sniffing, no framing by other sites, a Content-Security-Policy.
 */
class SecurityHeadersTest extends WorkflowTest {

    private static final String HSTS = "Strict-Transport-Security";
    private static final String SECURE = "(?i);\\s*Secure(;|$)";
    private static final String PAGE_POLICY = "default-src 'self'; base-uri 'none'; object-src 'none'; form-action 'self'; "
            + "frame-ancestors 'self'";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void behindTheProxyTheWebappCookiesAreSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> page = get("/camunda/app/tasklist/default/", true, null);

        assertThat(cookies(page)).as("JSESSIONID and XSRF-TOKEN").hasSizeGreaterThanOrEqualTo(1)
                .allSatisfy(cookie -> assertThat(cookie).containsPattern(SECURE));
        assertThat(page.headers().firstValue(HSTS)).hasValue("max-age=31536000");
        assertProtected(page);
        assertThat(page.headers().firstValue("Content-Security-Policy")).as("the webapps' own policy")
                .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));

        HttpResponse<String> login = login(page, true);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(cookies(login)).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).containsPattern(SECURE));
    }

    @Test
    void onPlainHttpNeitherSecureCookiesNorHsts() throws Exception {
        HttpResponse<String> page = get("/camunda/app/tasklist/default/", false, null);

        assertThat(cookies(page)).isNotEmpty().noneSatisfy(cookie -> assertThat(cookie).containsPattern(SECURE));
        assertThat(page.headers().firstValue(HSTS)).isEmpty();
        assertProtected(page);
        assertThat(cookies(login(page, false))).isNotEmpty()
                .noneSatisfy(cookie -> assertThat(cookie).containsPattern(SECURE));
        assertThat(get("/api/members", false, "staff").headers().firstValue(HSTS)).isEmpty();
        assertThat(get("/engine-rest/task", false, "staff").headers().firstValue(HSTS)).isEmpty();
    }

    @Test
    void thePublicPagesHaveAStrictPolicy() throws Exception {
        String statusUrl = json.readTree(http.postForEntity("/api/assistance-requests", new HttpEntity<>(
                "{\"name\":\"Tina Igralka\",\"email\":\"tina@example.org\",\"topic\":\"SOCIAL_SECURITY\",\"message\":\"Vprašanje\","
                        + "\"consent\":true}", jsonHeaders()), String.class).getBody()).get("statusUrl").asText();
        for (String path : List.of(statusUrl.replaceFirst("^https?://[^/]+", ""), "/assembly/" + "A".repeat(43))) {
            HttpResponse<String> page = get(path, true, null);
            assertProtected(page);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).hasValue(PAGE_POLICY);
            assertThat(page.headers().firstValue(HSTS)).as(path).hasValue("max-age=31536000");
        }
    }

    @Test
    void theApisAreProtectedToo() throws Exception {
        for (String path : List.of("/api/members", "/engine-rest/task", "/actuator/health")) {
            HttpResponse<String> answer = get(path, true, "staff");
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertProtected(answer);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).hasValue(PAGE_POLICY);
            assertThat(answer.headers().firstValue(HSTS)).as(path).hasValue("max-age=31536000");
        }
    }

    private static void assertProtected(HttpResponse<String> answer) {
        String path = answer.request().uri().getPath();
        assertThat(answer.headers().allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
        assertThat(answer.headers().allValues("X-Frame-Options")).as(path).singleElement().isIn("SAMEORIGIN", "DENY");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
    }

    private HttpResponse<String> get(String path, boolean https, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The webapps' login form, with the CSRF token and the session cookie the page set. */
    private HttpResponse<String> login(HttpResponse<String> page, boolean https) throws Exception {
        String cookieHeader = String.join("; ", cookies(page).stream().map(c -> c.substring(0, c.indexOf(';'))).toList());
        String csrf = cookies(page).stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Cookie", cookieHeader).header("X-XSRF-TOKEN", csrf.substring("XSRF-TOKEN=".length(), csrf.indexOf(';')))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=staff&password=demo"));
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> cookies(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie");
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
