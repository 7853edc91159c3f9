package si.asociacija.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import si.asociacija.workflow.MailPorts;

/**
 * Strangers cannot lock anyone out, and one script cannot flood the intakes: failed logins are limited
 * per client address (never by locking the account), the public intakes per address, private links
 * per link. The client's address comes from X-Forwarded-For, as behind a proxy on the same host.
 */
@TestPropertySource(properties = {
        "asociacija.limits.failed-logins.requests=5", "asociacija.limits.failed-logins.per=PT3S",
        "asociacija.limits.public-intake.requests=10", "asociacija.limits.public-intake.per=PT1M",
        "asociacija.limits.private-link.requests=5", "asociacija.limits.private-link.per=PT1M"})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class RequestLimitsTest {

    /** A context of its own (low limits), beside the shared one: its own mail server ports, whatever ran before. */
    @DynamicPropertySource
    static void ownMailPorts(DynamicPropertyRegistry registry) {
        MailPorts.free().register(registry);
    }

    private static final String ATTACKER = "203.0.113.5";
    private static final String OFFICE = "198.51.100.7";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessEngine processEngine;

    /** The engine REST API finds its engine by name in a static registry that other contexts share. */
    @BeforeEach
    void thisContextsEngine() {
        ProcessEngines.registerProcessEngine(processEngine);
    }

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void wrongPasswordsFromOneAddressNeverLockTheAccountForItsOwner() throws Exception {
        List<Integer> attacker = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            attacker.add(get("/engine-rest/task", "staff", "wrong-" + i, ATTACKER));
        }
        assertThat(attacker.subList(0, 5)).containsOnly(401);
        assertThat(attacker.subList(5, 30)).as("the address is limited, not the account").containsOnly(429);
        assertThat(get("/api/members", "staff", "demo", ATTACKER)).as("even the right password, from that address").isEqualTo(429);
        assertThat(webappLogin("staff", "demo", ATTACKER)).isEqualTo(429);

        assertThat(get("/engine-rest/task", "staff", "demo", OFFICE)).as("the owner, from the office").isEqualTo(200);
        assertThat(get("/api/members", "staff", "demo", OFFICE)).isEqualTo(200);
        assertThat(webappLogin("staff", "demo", OFFICE)).isEqualTo(200);
        assertThat(identityService.checkPassword("staff", "demo")).as("the account is not locked").isTrue();

        Thread.sleep(3500); // the limit's period
        assertThat(get("/engine-rest/task", "staff", "wrong", ATTACKER)).as("never permanently").isEqualTo(401);
        assertThat(get("/engine-rest/task", "staff", "demo", ATTACKER)).isEqualTo(200);
    }

    @Test
    void manyWrongPasswordsFromManyAddressesDoNotLockTheAccount() throws Exception {
        for (int address = 100; address < 106; address++) {
            for (int i = 0; i < 4; i++) {
                assertThat(get("/engine-rest/task", "staff2", "wrong-" + i, "203.0.113." + address)).isEqualTo(401);
            }
        }
        assertThat(get("/engine-rest/task", "staff2", "demo", OFFICE)).as("24 wrong passwords, still no lock").isEqualTo(200);
        assertThat(webappLogin("staff2", "demo", OFFICE)).isEqualTo(200);
    }

    @Test
    void failedWebappLoginsCountAgainstTheAddressToo() throws Exception {
        String address = "203.0.113.77";
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(webappLogin("board01", "wrong-" + i, address));
        }
        assertThat(answers.subList(0, 5)).containsOnly(401);
        assertThat(answers.subList(5, 8)).containsOnly(429);
        assertThat(webappLogin("board01", "demo", "198.51.100.99")).isEqualTo(200);
    }

    @Test
    void aBurstOfIntakesFromOneAddressIsRefused() throws Exception {
        String address = "203.0.113.20";
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            answers.add(post("/api/assistance-requests", "{\"name\":\"\"}", address));
        }
        assertThat(answers.subList(0, 10)).containsOnly(400);
        assertThat(answers.subList(10, 100)).containsOnly(429);
        assertThat(post("/api/membership-applications", "{}", address)).as("per address, across intakes").isEqualTo(429);
        assertThat(post("/api/assistance-requests", "{\"name\":\"\"}", "198.51.100.20")).as("another address").isEqualTo(400);
    }

    @Test
    void privateLinksAreLimitedPerLinkNotPerAddress() throws Exception {
        String venue = "203.0.113.30";
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            answers.add(get("/status/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", null, null, venue));
        }
        assertThat(answers.subList(0, 5)).containsOnly(404);
        assertThat(answers.subList(5, 7)).containsOnly(429);
        assertThat(get("/status/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", null, null, venue))
                .as("another link from the same venue network").isEqualTo(404);
    }

    @Test
    void assemblyLinksAreLimitedPerLinkToo() throws Exception {
        String venue = "203.0.113.31";
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            answers.add(get("/assembly/cccccccccccccccccccccccccccccccccccccccccc" + (i % 2 == 0 ? "" : "/items/1/receipts/none"), null, null, venue));
        }
        assertThat(answers.subList(0, 5)).containsOnly(404);
        assertThat(answers.subList(5, 7)).as("the page and its receipts count against one link").containsOnly(429);
        assertThat(get("/assembly/ddddddddddddddddddddddddddddddddddddddddddd", null, null, venue)).isEqualTo(404);
    }

    @Test
    void memberViewLinksAreLimitedPerLinkToo() throws Exception {
        String venue = "203.0.113.32";
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            answers.add(get("/views/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee", null, null, venue));
        }
        assertThat(answers.subList(0, 5)).containsOnly(404);
        assertThat(answers.subList(5, 7)).containsOnly(429);
        assertThat(get("/views/fffffffffffffffffffffffffffffffffffffffffff", null, null, venue)).isEqualTo(404);
    }

    private int get(String path, String user, String password, String address) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", address).header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int post(String path, String json, String address) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", address).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The webapps' login form, as the browser sends it (with the CSRF token from the page). */
    private int webappLogin(String user, String password, String address) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
                .header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.discarding());
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("X-Forwarded-For", address).header("X-XSRF-TOKEN", csrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
