package si.asociacija.workflow.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static si.asociacija.workflow.assembly.AssemblySession.ok;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** Every path of the general assembly: quorate at once, postponed then held, not held; items, results and minutes. */
class AssemblyProcessTest extends AssemblyTestBase {

    static final String RESOLUTION = "{\"title\": \"Sprejem letnega poročila\", \"kind\": \"RESOLUTION\", \"ballot\": \"NAMED\"}";
    static final String SECRET_RESOLUTION = "{\"title\": \"Razrešitev člana odbora\", \"kind\": \"RESOLUTION\", \"ballot\": \"SECRET\"}";
    static final String STATUTE = "{\"title\": \"Sprememba statuta\", \"kind\": \"STATUTE_CHANGE\", \"ballot\": \"NAMED\"}";
    static final String INFORMATION = "{\"title\": \"Poročilo predsednika\", \"kind\": \"INFORMATION\"}";
    static final String ELECTION = "{\"title\": \"Volitve v upravni odbor\", \"kind\": \"ELECTION\", \"seats\": 2,"
            + " \"candidates\": [\"Ana\", \"Bor\", \"Cene\"]}";

    AssemblySession s;
    @LocalServerPort
    int port;

    @BeforeEach
    void newSession() {
        s = session();
    }

    @Test
    void quorateAtOnceVotesOnEveryKindOfItemAndSendsTheMinutes() throws Exception {
        s.members(5, "sklepcna").convene(true, INFORMATION, RESOLUTION, SECRET_RESOLUTION, STATUTE, ELECTION);
        ProcessInstance process = s.process();
        assertThat(process).isWaitingAt("Timer_StartsAt");
        assertThat(s.checkIn(0).getStatusCode()).as("not before the start").isEqualTo(HttpStatus.CONFLICT);
        assertThat(s.open().getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        s.timerFires();
        assertThat(s.process()).isWaitingAt("Task_Registration");
        ok(s.checkIn(0));
        ok(s.checkIn(1));
        ok(s.attend(2));
        assertThat(s.checkIn(0).getStatusCode()).as("twice is fine").isEqualTo(HttpStatus.OK);
        ResponseEntity<String> noBodies = s.staff("/open", "{\"chair\": \"\", \"verifiers\": [\"X\"]}");
        assertThat(noBodies.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noBodies.getBody()).contains("chair", "recorder", "verifiers");
        ok(s.open());
        JsonNode live = s.live();
        assertThat(live.get("state").asText()).isEqualTo("IN_SESSION");
        assertThat(live.get("entitled").asInt()).isEqualTo(5);
        assertThat(live.get("present").asInt()).isEqualTo(3);
        assertThat(live.get("quorate").asBoolean()).isTrue();
        assertThat(s.process()).isWaitingAt("Task_CloseItem");

        // 1: information, no vote
        assertThat(s.openItem(1).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ok(s.closeItem(1));
        // 2: named resolution, 2 for, 1 against
        assertThat(s.vote(0, 2, "{\"choice\": \"FOR\"}").getStatusCode()).as("not open yet").isEqualTo(HttpStatus.CONFLICT);
        ok(s.openItem(2));
        assertThat(s.link(0).get("ballot").get("voteFor")).hasSize(1);
        String page = http.exchange("/assembly/" + s.token(0), HttpMethod.GET, AssemblyHttp.accept(MediaType.TEXT_HTML),
                String.class).getBody();
        assertThat(page).contains("Oddaj glas", "Sprejem letnega poročila", "VZDRŽAN");
        ok(s.vote(0, 2, "{\"choice\": \"FOR\"}"));
        assertThat(s.vote(0, 2, "{\"choice\": \"AGAINST\"}").getStatusCode()).as("once").isEqualTo(HttpStatus.CONFLICT);
        ok(s.vote(1, 2, "{\"choice\": \"FOR\"}"));
        ok(s.vote(2, 2, "{\"choice\": \"AGAINST\"}"));
        assertThat(s.vote(3, 2, "{\"choice\": \"FOR\"}").getStatusCode()).as("not checked in").isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<String> badChoice = s.vote(3, 2, "{\"choice\": \"MAYBE\"}");
        assertThat(badChoice.getStatusCode()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT);
        ok(s.closeItem(2));
        assertThat(s.vote(1, 2, "{\"choice\": \"FOR\"}").getStatusCode()).as("closed").isEqualTo(HttpStatus.CONFLICT);
        JsonNode named = s.live().get("items").get(1).get("result");
        assertThat(named.get("for").asInt()).isEqualTo(2);
        assertThat(named.get("against").asInt()).isEqualTo(1);
        assertThat(named.get("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(named.get("votes")).hasSize(3);
        // 3: secret resolution, 1 for, 2 against, receipts
        ok(s.openItem(3));
        String receipt = json.readTree(s.vote(0, 3, "{\"choice\": \"FOR\"}").getBody()).get("receipt").asText();
        ok(s.vote(1, 3, "{\"choice\": \"AGAINST\"}"));
        ok(s.vote(2, 3, "{\"choice\": \"AGAINST\"}"));
        ok(s.closeItem(3));
        JsonNode secret = s.live().get("items").get(2).get("result");
        assertThat(secret.get("for").asInt()).isEqualTo(1);
        assertThat(secret.get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(secret.get("votes")).isEmpty();
        assertThat(http.getForObject("/assembly/" + s.token(0) + "/items/3/receipts/" + receipt, String.class)).contains("\"counted\":true");
        assertThat(http.getForObject("/assembly/" + s.token(0) + "/items/3/receipts/nonsense", String.class)).contains("\"counted\":false");
        // 4: statute change, 2 of 3 present: two thirds reached
        ok(s.openItem(4));
        ok(s.vote(0, 4, "{\"choice\": \"FOR\"}"));
        ok(s.vote(1, 4, "{\"choice\": \"FOR\"}"));
        ok(s.vote(2, 4, "{\"choice\": \"ABSTAIN\"}"));
        ok(s.closeItem(4));
        assertThat(s.live().get("items").get(3).get("result").get("outcome").asText()).isEqualTo("ADOPTED");
        // 5: election for 2 seats: Ana 3, Bor 1, Cene 1: a tie for the second seat
        ok(s.openItem(5));
        ResponseEntity<String> tooMany = s.vote(0, 5, "{\"candidates\": [\"Ana\", \"Bor\", \"Cene\"]}");
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ok(s.vote(0, 5, "{\"candidates\": [\"Ana\", \"Bor\"]}"));
        ok(s.vote(1, 5, "{\"candidates\": [\"Ana\", \"Cene\"]}"));
        ok(s.vote(2, 5, "{\"candidates\": [\"Ana\"]}"));
        ok(s.closeItem(5));
        JsonNode election = s.live().get("items").get(4).get("result");
        assertThat(election.get("tie").asBoolean()).isTrue();
        assertThat(election.get("elected")).extracting(JsonNode::asText).containsExactly("Ana");

        assertThat(s.process()).isWaitingAt("Task_ConfirmMinutes");
        assertThat(s.live().get("state").asText()).isEqualTo("MINUTES");
        ResponseEntity<byte[]> pdf = http.withBasicAuth("staff", "demo").getForEntity("/api/assemblies/" + s.reference + "/minutes", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
        assertThat(http.getForEntity("/assembly/" + s.token(0) + "/minutes", byte[].class).getStatusCode())
                .as("members see the minutes once confirmed").isEqualTo(HttpStatus.NOT_FOUND);
        ok(s.staff("/minutes/confirm", "{}"));
        assertThat(process).isEnded().hasPassed("Task_SendMinutes", "End_Held");
        assertThat(s.live().get("state").asText()).isEqualTo("CLOSED");
        assertThat(http.getForEntity("/assembly/" + s.token(4) + "/minutes", byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(mailTemplates(s.reference).stream().filter("assembly-minutes"::equals).count()).isEqualTo(5);
    }

    @Test
    void notQuorateIsPostponedThenHeldWithThosePresent() throws Exception {
        s.members(6, "prelozena").convene(false, STATUTE);
        ok(s.proxy(3, 0));
        s.timerFires();
        ok(s.attend(0));
        ok(s.attend(1));
        assertThat(s.checkIn(2).getStatusCode()).as("no remote voting").isEqualTo(HttpStatus.CONFLICT);
        assertThat(s.live().get("represented").asInt()).isEqualTo(1);
        ok(s.open());
        JsonNode live = s.live();
        assertThat(live.get("state").asText()).isEqualTo("POSTPONED");
        assertThat(live.get("quorate").asBoolean()).isFalse();
        assertThat(live.get("postponedUntil").isNull()).isFalse();
        assertThat(s.process()).isWaitingAt("Timer_Postponement");
        assertThat(s.open().getStatusCode()).as("not before the postponement ends").isEqualTo(HttpStatus.CONFLICT);

        s.timerFires();
        assertThat(s.process()).isWaitingAt("Task_Registration");
        ok(s.open());
        assertThat(s.live().get("state").asText()).isEqualTo("IN_SESSION");
        // statute change: 3 votes could be cast (2 present + 1 represented); 1 FOR of 3 fails two thirds
        ok(s.openItem(1));
        ok(s.vote(0, 1, "{\"choice\": \"FOR\"}"));
        ok(s.vote(0, 1, "{\"choice\": \"FOR\", \"for\": \"" + s.numbers.get(3) + "\"}"));
        assertThat(s.vote(0, 1, "{\"choice\": \"FOR\", \"for\": \"" + s.numbers.get(4) + "\"}").getStatusCode())
                .as("no proxy from 4").isEqualTo(HttpStatus.CONFLICT);
        ok(s.vote(1, 1, "{\"choice\": \"AGAINST\"}"));
        ok(s.closeItem(1));
        JsonNode result = s.live().get("items").get(0).get("result");
        assertThat(result.get("for").asInt()).isEqualTo(2);
        assertThat(result.get("outcome").asText()).as("2 of 3 is two thirds").isEqualTo("ADOPTED");
        assertThat(s.process()).isWaitingAt("Task_ConfirmMinutes");
    }

    @Test
    void aStatuteChangeWithoutTwoThirdsOfThosePresentFails() throws Exception {
        s.members(4, "statut").convene(true, STATUTE);
        s.timerFires();
        for (int i = 0; i < 4; i++) {
            ok(s.checkIn(i));
        }
        ok(s.open());
        ok(s.openItem(1));
        ok(s.vote(0, 1, "{\"choice\": \"FOR\"}"));
        ok(s.vote(1, 1, "{\"choice\": \"FOR\"}"));
        ok(s.vote(2, 1, "{\"choice\": \"ABSTAIN\"}"));
        ok(s.closeItem(1));
        JsonNode result = s.live().get("items").get(0).get("result");
        assertThat(result.get("outcome").asText()).as("2 of 4 present is less than two thirds").isEqualTo("REJECTED");
        assertThat(result.get("turnout").asInt()).isEqualTo(3);
    }

    @Test
    void nobodyAfterThePostponementClosesItAsNotHeldAndTellsEveryMember() throws Exception {
        s.members(3, "neizvedena").convene(true, RESOLUTION);
        ProcessInstance process = s.process();
        s.timerFires();
        ok(s.open());
        s.timerFires();
        ok(s.open());
        assertThat(process).isEnded().hasPassed("Task_TellNotHeld", "End_NotHeld");
        assertThat(s.live().get("state").asText()).isEqualTo("NOT_HELD");
        assertThat(mailTemplates(s.reference).stream().filter("assembly-not-held"::equals).count()).isEqualTo(3);
    }

    @Test
    void checkingInCancelsTheProxyTheMemberGave() throws Exception {
        s.members(3, "prekinitev").convene(true, RESOLUTION);
        ok(s.proxy(1, 0));
        assertThat(s.link(0).get("proxiesHeld")).hasSize(1);
        s.timerFires();
        assertThat(s.proxy(2, 0).getStatusCode()).as("no proxies once it started").isEqualTo(HttpStatus.CONFLICT);
        assertThat(bareCheckIn(s.token(0))).as("a check-in without a body, as curl -X POST sends it").startsWith("HTTP/1.1 200");
        ok(s.checkIn(1));
        assertThat(s.link(1).get("proxyGivenTo").isNull()).isTrue();
        assertThat(s.link(0).get("proxiesHeld")).isEmpty();
        assertThat(s.live().get("represented").asInt()).isZero();
    }


    /** A POST with neither Content-Length nor Transfer-Encoding: the status line of the answer. */
    private String bareCheckIn(String token) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("POST /assembly/" + token + "/check-in HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }
}
