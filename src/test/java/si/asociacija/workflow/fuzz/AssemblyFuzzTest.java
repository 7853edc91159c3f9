package si.asociacija.workflow.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static si.asociacija.workflow.fuzz.FuzzAssembly.ELECTION;
import static si.asociacija.workflow.fuzz.FuzzAssembly.INFORMATION;
import static si.asociacija.workflow.fuzz.FuzzAssembly.NAMED;
import static si.asociacija.workflow.fuzz.FuzzAssembly.SECRET;
import static si.asociacija.workflow.fuzz.FuzzAssembly.WORKING_BODIES;
import static si.asociacija.workflow.fuzz.FuzzAssembly.ok;
import static si.asociacija.workflow.fuzz.JsonValues.js;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import si.asociacija.workflow.fuzz.FuzzHttp.Answer;

/**
 * The general assembly: the members' links (proxy, check-in, votes, receipts) and the staff endpoints
 * (convening, attendance, opening, items, paper ballots). One assembly is run through by valid requests
 * between the endpoints' runs, so that each endpoint is fuzzed in the state where it works: the bad
 * requests aim at real links, real members and the item at hand. After each run the assembly is as it was
 * (attendance, proxies, votes, counters, receipts, results); at the end its counts are those of the valid
 * requests alone.
 *
 * <p>Six members: 0 holds the proxy of 5; 0, 1 and 3 check in on their links, staff check in 2; 4 stays
 * away. Items: 1 information, 2 named resolution, 3 secret resolution, 4 election of two of Ana, Bor, Cene.
 * Member 3 votes on paper.
 */
class AssemblyFuzzTest extends FuzzTestBase {

    private FuzzAssembly a;
    private LinkRequests links;
    private StaffRequests staff;
    private final List<String> receipts = new ArrayList<>();

    @BeforeAll
    void assembly() {
        a = new FuzzAssembly(http, jdbc, json, processEngine).members(6).convene(INFORMATION, NAMED, SECRET, ELECTION);
        BadRequests bad = new BadRequests(http);
        links = new LinkRequests(http, a, bad);
        staff = new StaffRequests(http, a, bad);
        ok(a.proxy(5, 0));
    }

    @Test
    @Order(17)
    void convening() {
        // valid but unusual: accepted or refused, never a 5xx (sent before the count of what bad input stores)
        Answer invisibleBallot = staff.convene(FuzzAssembly.withItems(ConveningInputs.invisibleBallot()));
        fuzz("POST /api/assemblies", 17, e -> {
            e.odd("items[0].ballot: zero-width spaces only", invisibleBallot);
            staff.convening(e);
        });
    }

    @Test
    @Order(18)
    void proxy() {
        fuzzPublic("POST /assembly/{token}/proxy", 18, links::proxy);
    }

    @Test
    @Order(19)
    void checkIn() {
        a.starts();
        ok(a.checkIn(0));
        ok(a.checkIn(1));
        ok(a.checkIn(3));
        ok(a.attend(2));
        fuzzPublic("POST /assembly/{token}/check-in", 19, links::checkIn);
        fuzzPublic("GET /assembly/{token}", 31, links::page);
    }

    @Test
    @Order(20)
    void attendance() {
        fuzz("POST /api/assemblies/{reference}/attendance", 20, staff::attendance);
    }

    @Test
    @Order(21)
    void open() {
        fuzz("POST /api/assemblies/{reference}/open", 21, staff::open);
        ok(a.staff("/open", WORKING_BODIES));
        assertThat(a.live().get("state").asText()).isEqualTo("IN_SESSION");
    }

    @Test
    @Order(22)
    void items() {
        fuzz("POST /api/assemblies/{reference}/items/{n}/open|close, GET /api/assemblies/{reference}", 22, staff::items);
        ok(a.staff("/items/1/close", "{}"));
        ok(a.staff("/items/2/open", "{}"));
    }

    @Test
    @Order(23)
    void namedVote() {
        fuzzPublic("POST /assembly/{token}/items/{n}/vote (named resolution)", 23, e -> links.votes(e, 2, "{\"choice\":\"FOR\"}"));
        ok(a.vote(0, 2, "{\"choice\":\"FOR\"}"));
        ok(a.vote(0, 2, "{\"choice\":\"FOR\",\"for\":" + js(a.numbers.get(5)) + "}"));
        ok(a.vote(1, 2, "{\"choice\":\"AGAINST\"}"));
        ok(a.vote(2, 2, "{\"choice\":\"FOR\"}"));
    }

    @Test
    @Order(24)
    void namedPaperBallots() {
        fuzz("POST /api/assemblies/{reference}/items/{n}/paper-ballots (named)", 24, staff::namedPaper);
        ok(a.staff("/items/2/paper-ballots", BadRequests.object(staff.namedPaperBallot())));
        ok(a.staff("/items/2/close", "{}"));
        ok(a.staff("/items/3/open", "{}"));
    }

    @Test
    @Order(25)
    void secretVote() {
        fuzzPublic("POST /assembly/{token}/items/{n}/vote (secret resolution)", 25, e -> links.votes(e, 3, "{\"choice\":\"FOR\"}"));
        String five = js(a.numbers.get(5));
        for (Answer vote : List.of(a.vote(0, 3, "{\"choice\":\"FOR\"}"), a.vote(0, 3, "{\"choice\":\"FOR\",\"for\":" + five + "}"),
                a.vote(1, 3, "{\"choice\":\"AGAINST\"}"), a.vote(2, 3, "{\"choice\":\"ABSTAIN\"}"))) {
            receipts.add(a.read(ok(vote).body()).get("receipt").asText());
        }
    }

    @Test
    @Order(26)
    void secretPaperBallots() {
        fuzz("POST /api/assemblies/{reference}/items/{n}/paper-ballots (secret)", 26, e -> staff.secretPaper(e, 3, "{\"FOR\":1}"));
        ok(a.staff("/items/3/paper-ballots", staff.secretPaperBallot("{\"FOR\":1}")));
        ok(a.staff("/items/3/close", "{}"));
        ok(a.staff("/items/4/open", "{}"));
    }

    @Test
    @Order(27)
    void electionVote() {
        fuzzPublic("POST /assembly/{token}/items/{n}/vote (election)", 27, e -> links.votes(e, 4, "{\"candidates\":[\"Ana\",\"Bor\"]}"));
        ok(a.vote(0, 4, "{\"candidates\":[\"Ana\",\"Bor\"]}"));
        ok(a.vote(0, 4, "{\"candidates\":[\"Ana\"],\"for\":" + js(a.numbers.get(5)) + "}"));
        ok(a.vote(1, 4, "{\"candidates\":[\"Bor\",\"Cene\"]}"));
        ok(a.vote(2, 4, "{\"candidates\":[]}"));
    }

    @Test
    @Order(28)
    void electionPaperBallots() {
        fuzz("POST /api/assemblies/{reference}/items/{n}/paper-ballots (election)", 28, e -> staff.secretPaper(e, 4, "{\"Ana\":1}"));
        ok(a.staff("/items/4/paper-ballots", staff.secretPaperBallot("{\"Ana\":1}")));
        ok(a.staff("/items/4/close", "{}"));
    }

    @Test
    @Order(29)
    void receipts() {
        fuzzPublic("GET /assembly/{token}/items/{n}/receipts/{receipt}", 29, e -> links.receipts(e, receipts.get(0)));
    }

    @Test
    @Order(30)
    void theCountsAreThoseOfTheValidRequests() {
        JsonNode live = a.live();
        assertThat(live.get("state").asText()).isEqualTo("MINUTES");
        assertThat(live.get("entitled").asInt()).isEqualTo(6);
        assertThat(live.get("present").asInt()).isEqualTo(4);
        assertThat(live.get("represented").asInt()).isEqualTo(1);
        assertThat(live.get("quorate").asBoolean()).isTrue();
        JsonNode items = live.get("items");
        assertThat(items).extracting(i -> i.get("voting").asText()).containsOnly("CLOSED");
        assertThat(items.get(0).get("result").isNull()).isTrue();
        assertThat(result(items.get(1))).isEqualTo("turnout=5 eligible=5 for=3 against=2 abstain=0 ADOPTED elected=[]");
        assertThat(items.get(1).get("result").get("votes")).extracting(v -> v.get("member").asText() + "=" + v.get("choice").asText())
                .containsExactly(a.numbers.get(0) + "=FOR", a.numbers.get(1) + "=AGAINST", a.numbers.get(2) + "=FOR",
                        a.numbers.get(3) + "=AGAINST", a.numbers.get(5) + "=FOR");
        assertThat(result(items.get(2))).isEqualTo("turnout=5 eligible=5 for=3 against=1 abstain=1 ADOPTED elected=[]");
        assertThat(result(items.get(3))).isEqualTo("turnout=5 eligible=5 for=0 against=0 abstain=1 ADOPTED elected=[\"Ana\",\"Bor\"]");
        for (String receipt : receipts) {
            assertThat(http.get("/assembly/" + a.token(4) + "/items/3/receipts/" + receipt, "application/json", null).body())
                    .contains("\"counted\":true");
        }
    }

    /** One endpoint's run: its bad requests, then the checks that they stored nothing and left the assembly as it was. */
    private void fuzz(String endpoint, int index, Consumer<Endpoint> badRequests) {
        run(ledger.begin(endpoint, index), badRequests);
    }

    /** A members' link (no login): as {@link #fuzz}, with at least {@link Ledger#PUBLIC_MINIMUM} generated requests. */
    private void fuzzPublic(String endpoint, int index, Consumer<Endpoint> badRequests) {
        run(ledger.beginPublic(endpoint, index), badRequests);
    }

    private void run(Endpoint e, Consumer<Endpoint> badRequests) {
        String before = a.state();
        badRequests.accept(e);
        a.unchanged(e, before);
        ledger.finish(e);
    }

    private static String result(JsonNode item) {
        JsonNode r = item.get("result");
        return "turnout=" + r.get("turnout") + " eligible=" + r.get("eligible") + " for=" + r.get("for") + " against="
                + r.get("against") + " abstain=" + r.get("abstain") + " " + r.get("outcome").asText() + " elected=" + r.get("elected");
    }
}
