package si.asociacija.workflow.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import si.asociacija.workflow.TestData;

/** Proxies before an assembly opens: at most two per holder (also at the same moment), no chains, both told. */
class AssemblyProxyTest extends AssemblyTestBase {

    @Test
    void aMemberAuthorisesAnotherAndTheRulesHold() throws Exception {
        List<String> emails = members(5);
        String reference = convene();
        String a = number(emails.get(0));
        String b = number(emails.get(1));
        String c = number(emails.get(2));
        String d = number(emails.get(3));
        String e = number(emails.get(4));

        ResponseEntity<String> given = proxy(token(reference, a), b);
        assertThat(given.getStatusCode()).as(given.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(given.getBody()).get("proxyGivenTo").asText()).isEqualTo(b);
        awaitMail(emails.get(0), reference, "Pooblastilo za skupščino");
        awaitMail(emails.get(1), reference, "Pooblastilo za skupščino");
        assertThat(proxy(token(reference, c), b).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode holder = view(token(reference, b));
        assertThat(holder.get("proxiesHeld")).extracting(JsonNode::asText).containsExactlyInAnyOrder(a, c);

        assertRefused(proxy(token(reference, d), b), "already represents 2");
        assertRefused(proxy(token(reference, b), e), "cannot be passed on");
        assertRefused(proxy(token(reference, e), a), "has given their own proxy");
        assertRefused(proxy(token(reference, a), c), "revoke that proxy first");
        assertRefused(proxy(token(reference, d), d), "cannot authorise themselves");
        assertRefused(proxy(token(reference, d), "M-1999-9999"), "no voting rights");
        ResponseEntity<String> noHolder = proxy(token(reference, d), "");
        assertThat(noHolder.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noHolder.getBody()).contains("holder");

        ResponseEntity<String> revoked = http.exchange("/assembly/" + token(reference, a) + "/proxy", HttpMethod.DELETE,
                HttpEntity.EMPTY, String.class);
        assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(revoked.getBody()).get("proxyGivenTo").isNull()).isTrue();
        awaitMail(emails.get(1), reference, "Pooblastilo preklicano");
        assertThat(http.exchange("/assembly/" + token(reference, a) + "/proxy", HttpMethod.DELETE, HttpEntity.EMPTY,
                String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(proxy(token(reference, d), b).getStatusCode()).as("room again after the revocation").isEqualTo(HttpStatus.OK);

        HttpEntity<String> paper = AssemblyHttp.json("{\"giver\": \"" + e + "\", \"holder\": \"" + a + "\"}");
        assertThat(http.withBasicAuth("board01", "demo").postForEntity("/api/assemblies/" + reference + "/proxies", paper,
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> recorded = http.withBasicAuth("staff", "demo")
                .postForEntity("/api/assemblies/" + reference + "/proxies", paper, String.class);
        assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("select proxy_on_paper from assembly_convocation where token = ?", Boolean.class,
                token(reference, e))).isTrue();
    }

    @Test
    void fiveMembersAuthorisingOneHolderAtTheSameMomentLeaveTwoProxies() throws Exception {
        List<String> emails = members(6);
        String reference = convene();
        String holder = number(emails.get(0));
        List<String> tokens = new ArrayList<>();
        for (String email : emails.subList(1, 6)) {
            tokens.add(token(reference, number(email)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpStatus>> answers = new ArrayList<>();
        for (String token : tokens) {
            answers.add(pool.submit(() -> {
                start.await();
                return HttpStatus.valueOf(proxy(token, holder).getStatusCode().value());
            }));
        }
        start.countDown();
        List<HttpStatus> statuses = new ArrayList<>();
        for (Future<HttpStatus> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == HttpStatus.OK).hasSize(2);
        assertThat(statuses).filteredOn(s -> s == HttpStatus.CONFLICT).hasSize(3);
        assertThat(jdbc.queryForObject("select count(*) from assembly_convocation c join assembly a on a.id = c.assembly_id"
                + " where a.reference = ? and c.proxy_holder = ?", Integer.class, reference, holder)).isEqualTo(2);
    }

    private void assertRefused(ResponseEntity<String> response, String reason) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody()).contains(reason);
    }

    private ResponseEntity<String> proxy(String token, String holder) {
        return http.postForEntity("/assembly/" + token + "/proxy", AssemblyHttp.json("{\"holder\": \"" + holder + "\"}"),
                String.class);
    }

    private JsonNode view(String token) throws Exception {
        return json.readTree(http.exchange("/assembly/" + token, HttpMethod.GET, AssemblyHttp.accept(MediaType.APPLICATION_JSON),
                String.class).getBody());
    }

    private List<String> members(int count) {
        List<String> emails = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String email = TestData.email("pooblastilo" + i);
            emails.add(email);
            rows.append("INDIVIDUAL,Član ").append(i).append(',').append(email).append(",,,MUSIC,2020-01-01,sl,\n");
        }
        AssemblyHttp.importMembers(http, rows.toString());
        return emails;
    }

    private String convene() throws Exception {
        LocalDateTime startsAt = LocalDateTime.now(ZoneId.of("Europe/Ljubljana")).plusDays(15).truncatedTo(ChronoUnit.MINUTES);
        String body = "{\"title\": \"Izredna skupščina\", \"startsAt\": \"" + startsAt + "\", \"place\": \"Metelkova 6\","
                + " \"remoteVoting\": false, \"items\": [{\"title\": \"Sprememba statuta\", \"kind\": \"STATUTE_CHANGE\"}]}";
        ResponseEntity<String> created = AssemblyHttp.convene(http, body);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("reference").asText();
    }

    private String number(String email) {
        return jdbc.queryForObject("select membership_number from registered_member where email = ?", String.class, email);
    }

    private String token(String reference, String membershipNumber) {
        return jdbc.queryForObject("select c.token from assembly_convocation c join assembly a on a.id = c.assembly_id"
                + " where a.reference = ? and c.membership_number = ?", String.class, reference, membershipNumber);
    }

    private void awaitMail(String recipient, String reference, String subject) {
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox.messagesFor(reference).stream()
                .anyMatch(m -> m.recipient().equalsIgnoreCase(recipient) && m.subject().contains(subject)));
    }
}
