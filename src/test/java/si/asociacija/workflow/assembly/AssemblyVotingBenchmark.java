package si.asociacija.workflow.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static si.asociacija.workflow.assembly.AssemblySession.ok;
import static si.asociacija.workflow.assembly.MemberLinkClients.CPU;
import static si.asociacija.workflow.assembly.MemberLinkClients.ms;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import si.asociacija.workflow.assembly.MemberLinkClients.Round;
import si.asociacija.workflow.mail.OutboxEntry;

/**
 * Figures, not assertions: a general assembly of 400 members voting remotely, as on the day. Every
 * member checks in on their link, then votes on three items opened and closed in turn (a named
 * resolution, a named statute change, a secret resolution), 8 clients at a time over HTTP. Prints the
 * check-ins and votes per second, the latency of a vote, how long the result takes after the last vote,
 * and the time for all 1,200 votes; with the CPU time per request and the load average, as other work on
 * the machine moves the times. Asserts only that every request was answered 200 and that the
 * results count every vote. Run with {@code ./mvnw verify -Pbench -Dtest=AssemblyVotingBenchmark} (add
 * {@code -Ppostgres} for PostgreSQL).
 */
@Tag("benchmark")
class AssemblyVotingBenchmark extends AssemblyTestBase {

    private static final int WARM_UP = 50;
    private static final int MEMBERS = 400;
    private static final int CLIENTS = 8;
    private static final String[] ITEMS = {AssemblyProcessTest.RESOLUTION, AssemblyProcessTest.STATUTE,
            AssemblyProcessTest.SECRET_RESOLUTION};
    /** Per item: FOR, AGAINST, ABSTAIN of 400 votes as {@link #choice} casts them, and the outcome. */
    private static final int[][] EXPECTED = {{240, 80, 80}, {300, 100, 0}, {100, 200, 100}};
    private static final String[] OUTCOMES = {"ADOPTED", "ADOPTED", "REJECTED"};

    @LocalServerPort
    int port;

    @Test
    void fourHundredMembersCheckInAndVoteOnThreeItems() throws Exception {
        try (MemberLinkClients members = new MemberLinkClients(port, CLIENTS)) {
            AssemblySession warmUp = assembly(WARM_UP, "ogrevanje");
            List<String> warmUpTokens = tokens(warmUp);
            members.checkIns(warmUpTokens);
            ok(warmUp.open());
            for (int item = 1; item <= ITEMS.length; item++) {
                int n = item;
                ok(warmUp.openItem(n));
                members.votes(warmUpTokens, n, i -> choice(n, i));
                ok(warmUp.closeItem(n));
            }

            AssemblySession s = assembly(MEMBERS, "benchmark");
            List<String> tokens = tokens(s);
            Round checkIns = members.checkIns(tokens);
            checkIns.responses().forEach(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
            ok(s.open());
            JsonNode opened = s.live();
            assertThat(opened.get("entitled").asInt()).isEqualTo(MEMBERS);
            assertThat(opened.get("present").asInt()).isEqualTo(MEMBERS);
            assertThat(opened.get("state").asText()).isEqualTo("IN_SESSION");

            List<Round> votes = new ArrayList<>();
            long[] resultAfterLastVote = new long[ITEMS.length];
            long firstOpened = System.nanoTime();
            for (int item = 1; item <= ITEMS.length; item++) {
                int n = item;
                ok(s.openItem(n));
                Round round = members.votes(tokens, n, i -> choice(n, i));
                ResponseEntity<String> closed = s.closeItem(n);
                resultAfterLastVote[n - 1] = System.nanoTime() - round.end();
                ok(closed);
                votes.add(round);
                checkVotes(s, n, round, json.readTree(closed.getBody()).get("items").get(n - 1));
            }
            double allTallied = (System.nanoTime() - firstOpened) / 1e9;
            assertThat(s.live().get("state").asText()).isEqualTo("MINUTES");
            report(checkIns, votes, resultAfterLastVote, allTallied);
        }
    }

    private void report(Round checkIns, List<Round> votes, long[] resultAfterLastVote, double allTallied) throws Exception {
        System.out.printf("%nBENCHMARK assembly check-in: %d remote check-ins by %d clients in %.2f s = %.1f per s;"
                        + " latency p50 %.1f ms, p95 %.1f ms, max %.1f ms; CPU %.1f ms per check-in%n", MEMBERS, CLIENTS,
                checkIns.seconds(), MEMBERS / checkIns.seconds(), ms(checkIns.latencies(), 0.50),
                ms(checkIns.latencies(), 0.95), ms(checkIns.latencies(), 1), checkIns.cpu() / 1e6 / MEMBERS);
        for (int item = 1; item <= ITEMS.length; item++) {
            Round round = votes.get(item - 1);
            JsonNode definition = json.readTree(ITEMS[item - 1]);
            System.out.printf("BENCHMARK assembly item %d (%s, %s): %d votes in %.2f s = %.1f per s; latency p50 %.1f ms,"
                            + " p95 %.1f ms, max %.1f ms; result %.0f ms after the last vote%n", item,
                    definition.get("kind").asText(), definition.get("ballot").asText(), MEMBERS, round.seconds(),
                    MEMBERS / round.seconds(), ms(round.latencies(), 0.50), ms(round.latencies(), 0.95),
                    ms(round.latencies(), 1), resultAfterLastVote[item - 1] / 1e6);
        }
        long[] all = votes.stream().flatMapToLong(r -> LongStream.of(r.latencies())).toArray();
        double votingSeconds = votes.stream().mapToDouble(Round::seconds).sum();
        System.out.printf("BENCHMARK assembly votes: %d votes by %d clients in %.2f s of voting = %.1f per s;"
                        + " latency p50 %.1f ms, p95 %.1f ms, max %.1f ms; CPU %.1f ms per vote%n", all.length, CLIENTS,
                votingSeconds, all.length / votingSeconds, ms(all, 0.50), ms(all, 0.95), ms(all, 1),
                votes.stream().mapToLong(Round::cpu).sum() / 1e6 / all.length);
        System.out.printf("BENCHMARK assembly total: %.2f s from opening item 1 to the result of item %d (all %d votes cast"
                        + " and tallied, with opening and closing each item); load average %.1f on %d cores%n%n",
                allTallied, ITEMS.length, all.length, CPU.getSystemLoadAverage(), CPU.getAvailableProcessors());
    }

    /** {@code members} imported and the only ones convened; their notices delivered; the start timer fired. */
    private AssemblySession assembly(int members, String prefix) throws Exception {
        AssemblySession s = session().members(members, prefix).convene(true, ITEMS);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<OutboxEntry> notices = outbox.messagesFor(s.reference);
            return notices.size() == members && notices.stream().map(OutboxEntry::status).allMatch("SENT"::equals);
        });
        s.timerFires();
        return s;
    }

    /** Every vote answered 200 (with a receipt for a secret ballot only); the result counts each vote as cast. */
    private void checkVotes(AssemblySession s, int item, Round round, JsonNode closed) throws Exception {
        boolean secret = ITEMS[item - 1].contains("SECRET");
        List<String> receipts = new ArrayList<>();
        for (HttpResponse<String> response : round.responses()) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode receipt = json.readTree(response.body()).get("receipt");
            assertThat(receipt.isNull()).isEqualTo(!secret);
            receipts.add(receipt.asText());
        }
        if (secret) {
            assertThat(new HashSet<>(receipts)).hasSize(MEMBERS);
        }
        JsonNode result = closed.get("result");
        int[] expected = EXPECTED[item - 1];
        assertThat(closed.get("voting").asText()).isEqualTo("CLOSED");
        assertThat(result.get("turnout").asInt()).isEqualTo(MEMBERS);
        assertThat(result.get("eligible").asInt()).isEqualTo(MEMBERS);
        assertThat(new int[] {result.get("for").asInt(), result.get("against").asInt(), result.get("abstain").asInt()})
                .containsExactly(expected);
        assertThat(Arrays.stream(expected).sum()).isEqualTo(MEMBERS);
        assertThat(result.get("outcome").asText()).isEqualTo(OUTCOMES[item - 1]);
        Map<String, String> named = new HashMap<>();
        result.get("votes").forEach(v -> named.put(v.get("member").asText(), v.get("choice").asText()));
        Map<String, String> cast = new HashMap<>();
        if (!secret) {
            for (int i = 0; i < MEMBERS; i++) {
                cast.put(s.numbers.get(i), choice(item, i));
            }
        }
        assertThat(named).isEqualTo(cast);
    }

    /** Member {@code i}'s choice on item {@code item}, so that the counts are {@link #EXPECTED}. */
    private static String choice(int item, int i) {
        return switch (item) {
            case 1 -> i % 5 < 3 ? "FOR" : i % 5 == 3 ? "AGAINST" : "ABSTAIN";
            case 2 -> i % 4 < 3 ? "FOR" : "AGAINST";
            default -> i % 4 == 0 ? "FOR" : i % 4 < 3 ? "AGAINST" : "ABSTAIN";
        };
    }

    /** The members' links, in the order of {@code s.numbers}. */
    private List<String> tokens(AssemblySession s) {
        Map<String, String> byNumber = new HashMap<>();
        jdbc.query("select c.membership_number, c.token from assembly_convocation c join assembly a on a.id = c.assembly_id"
                + " where a.reference = ?", rs -> {
            byNumber.put(rs.getString(1), rs.getString(2));
        }, s.reference);
        return s.numbers.stream().map(byNumber::get).toList();
    }
}
