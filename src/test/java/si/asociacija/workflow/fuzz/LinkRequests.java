package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.AssemblyInputs.badCandidates;
import static si.asociacija.workflow.fuzz.AssemblyInputs.badNumbers;
import static si.asociacija.workflow.fuzz.AssemblyInputs.badReceipts;
import static si.asociacija.workflow.fuzz.AssemblyInputs.ballotBodies;
import static si.asociacija.workflow.fuzz.AssemblyInputs.choices;
import static si.asociacija.workflow.fuzz.AssemblyInputs.memberNumbers;
import static si.asociacija.workflow.fuzz.AssemblyInputs.text;
import static si.asociacija.workflow.fuzz.BadRequests.eachField;
import static si.asociacija.workflow.fuzz.BadRequests.unknownToken;
import static si.asociacija.workflow.fuzz.BogusTokens.bogusTokens;
import static si.asociacija.workflow.fuzz.BogusTokens.mutatedTokens;
import static si.asociacija.workflow.fuzz.JsonValues.js;
import static si.asociacija.workflow.fuzz.Text.decoded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import si.asociacija.workflow.fuzz.FuzzHttp.Answer;
import si.asociacija.workflow.fuzz.JsonValues.FieldSpec;
import si.asociacija.workflow.fuzz.JsonValues.Kind;
import si.asociacija.workflow.fuzz.MalformedJson.Mutant;
import si.asociacija.workflow.fuzz.RealCases.Target;

/** Bad requests to the members' links of the assembly: proxies, check-in, votes, receipts; and links of no member. */
final class LinkRequests {

    private final FuzzHttp http;
    private final FuzzAssembly a;
    private final BadRequests bad;

    LinkRequests(FuzzHttp http, FuzzAssembly a, BadRequests bad) {
        this.http = http;
        this.a = a;
        this.bad = bad;
    }

    /** Before the start: member 1 (who may still give a proxy) to bad holders; proxies the rules refuse. */
    void proxy(Endpoint e) {
        String giver = a.token(1);
        Function<String, Answer> give = body -> http.post("/assembly/" + giver + "/proxy", body);
        Function<byte[], Answer> giveBytes = body -> http.post("/assembly/" + giver + "/proxy", "application/json", body, null);
        String valid = "{\"holder\":" + js(a.numbers.get(2)) + "}";
        eachField(e, Map.of("holder", js(a.numbers.get(2))), Map.of("holder", text(true)), body -> body, "", give);
        for (String[] holder : memberNumbers(a.numbers.get(2))) {
            e.bad("holder " + holder[0], give.apply("{\"holder\":" + holder[1] + "}"), true, "holder");
        }
        e.bad("member 1 to themselves", a.proxy(1, 1), true);
        e.bad("member 5, who gave a proxy, to 2", a.proxy(5, 2), true);
        e.bad("member 0, who holds a proxy, to 2", a.proxy(0, 2), true);
        e.bad("member 2 to 5, who gave a proxy", a.proxy(2, 5), true);
        e.bad("member 1 checks in before the start", a.checkIn(1), true);
        bad.linkBodies(e, "/assembly/" + giver + "/proxy", valid, "{}");
        for (String[] t : bogusTokens(e.random, 40, List.of(a.link(1, "member 1")))) {
            unknownToken(e, t, http.post("/assembly/" + t[1] + "/proxy", valid));
            unknownToken(e, t, http.method("DELETE", "/assembly/" + t[1] + "/proxy", null, null));
        }
        generated(e, List.of(new FieldSpec("holder", Kind.TEXT, true, false, 0)), false, Map.of("holder", js(a.numbers.get(2))), giveBytes);
    }

    /** {@link Ledger#PUBLIC_MINIMUM} bodies generated from the valid one; a 400 names the field a body says. */
    private static void generated(Endpoint e, List<FieldSpec> fields, boolean otherKeysRefused, Map<String, String> valid,
                                  Function<byte[], Answer> send) {
        MalformedJson generator = new MalformedJson(e.random, fields, otherKeysRefused);
        for (int i = 0; i < Ledger.PUBLIC_MINIMUM; i++) {
            Mutant m = generator.next(valid);
            e.generated(m.label(), send.apply(m.body()), true, m.fields());
        }
    }

    /** During the registration: member 4 (away) asks for what the check-in does not answer; links of no member. */
    void checkIn(Endpoint e) {
        e.odd("member 0 checks in again", a.checkIn(0));
        String away = a.token(4);
        for (String accept : List.of("application/xml", "text/html", "text/csv", "image/png", "???", "application/json;q=abc")) {
            e.bad("member 4, Accept: " + accept, http.postAccepting("/assembly/" + away + "/check-in", accept), false);
        }
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
            e.bad("member 4, " + method, http.method(method, "/assembly/" + away + "/check-in", null, "{}"), false);
        }
        List<Target> real = List.of(a.link(1, "member 1"), a.link(4, "member 4"));
        for (String[] t : bogusTokens(e.random, 160, real)) {
            unknownToken(e, t, http.postEmpty("/assembly/" + t[1] + "/check-in", null));
        }
        for (String[] t : mutatedTokens(e.random, Ledger.PUBLIC_MINIMUM, real.stream().map(Target::token).toList())) {
            e.generated++;
            unknownToken(e, t, http.postEmpty("/assembly/" + t[1] + "/check-in", null));
        }
    }

    /** The member's page (JSON and HTML) of links of no member. */
    void page(Endpoint e) {
        List<Target> real = List.of(a.link(1, "member 1"), a.link(4, "member 4"));
        for (String[] t : bogusTokens(e.random, 160, real)) {
            unknownToken(e, t, http.get("/assembly/" + t[1], "application/json", null));
        }
        int i = 0;
        for (String[] t : mutatedTokens(e.random, Ledger.PUBLIC_MINIMUM, real.stream().map(Target::token).toList())) {
            e.generated++;
            unknownToken(e, t, http.get("/assembly/" + t[1], i++ % 2 == 0 ? "application/json" : "text/html", null));
        }
    }

    /** On the open item: member 1 votes for themselves, member 0 also for 5, whom they represent; 4 is away. */
    void votes(Endpoint e, int item, String valid) {
        String voter = a.token(1);
        String holder = a.token(0);
        Function<String, Answer> vote = body -> http.post("/assembly/" + voter + "/items/" + item + "/vote", body);
        Function<String, Answer> voteFor = body -> http.post("/assembly/" + holder + "/items/" + item + "/vote", body);
        String five = js(a.numbers.get(5));
        boolean election = valid.contains("candidates");
        if (election) {
            for (Map.Entry<String, String> c : badCandidates().entrySet()) {
                e.bad("candidates: " + c.getKey(), vote.apply("{\"candidates\":" + c.getValue() + "}"), true,
                        "candidates", "candidates[0]", "candidates[1]");
                e.bad("for 5, candidates: " + c.getKey(), voteFor.apply("{\"candidates\":" + c.getValue() + ",\"for\":" + five + "}"),
                        true, "candidates", "candidates[0]", "candidates[1]");
            }
        } else {
            eachField(e, Map.of("choice", "\"FOR\""), Map.of("choice", choices()), body -> body, "", vote);
        }
        Map<String, String> proxied = new LinkedHashMap<>();
        proxied.put(election ? "candidates" : "choice", election ? "[\"Ana\"]" : "\"FOR\"");
        proxied.put("for", five);
        eachField(e, proxied, Map.of("for", text(false)), body -> body, "", voteFor);
        List<String[]> others = new ArrayList<>(memberNumbers(a.numbers.get(5)));
        for (int member : new int[] {1, 4}) {
            others.add(new String[] {"member " + member + " (no proxy)", js(a.numbers.get(member))});
        }
        for (String[] member : others) {
            e.bad("for " + member[0], voteFor.apply(valid.substring(0, valid.length() - 1) + ",\"for\":" + member[1] + "}"),
                    true, "for");
        }
        ballotBodies(election, five).forEach((label, body) -> e.bad(label, vote.apply(body), true,
                "choice", "candidates", "for", "choise", "candidate", "For", "note"));
        bad.linkBodies(e, "/assembly/" + voter + "/items/" + item + "/vote", valid, election ? null : "{}");
        e.bad("member 4, not checked in", a.vote(4, item, valid), true);
        e.bad("member 3, a valid vote on item 1 (information)", a.vote(3, 1, valid), true);
        for (String[] n : badNumbers(e.random, 60, item)) {
            e.bad("item " + n[0], http.post("/assembly/" + voter + "/items/" + n[1] + "/vote", valid), false, "number");
        }
        for (String[] t : bogusTokens(e.random, 40, List.of(a.link(1, "member 1"), a.link(0, "member 0")))) {
            unknownToken(e, t, http.post("/assembly/" + t[1] + "/items/" + item + "/vote", valid));
        }
        FieldSpec ballot = election ? new FieldSpec("candidates", Kind.NAMES, false, false, 0)
                : new FieldSpec("choice", Kind.ENUM, true, false, 0);
        generated(e, List.of(ballot), true, Map.of(ballot.name(), valid.substring(valid.indexOf(':') + 1, valid.length() - 1)),
                body -> http.post("/assembly/" + voter + "/items/" + item + "/vote", "application/json", body, null));
    }

    /** Receipts never handed out, on the secret items; a real receipt of item 3 on bad items and links of no member. */
    void receipts(Endpoint e, String receipt) {
        String token = a.token(1);
        for (String[] r : badReceipts(e.random, 150, receipt)) {
            for (int item : new int[] {3, 4}) {
                notCounted(e, "item " + item + ", receipt " + r[0], http.get("/assembly/" + token + "/items/" + item + "/receipts/"
                        + r[1], "application/json", null));
            }
        }
        for (String[] n : badNumbers(e.random, 30, 3)) {
            Answer answer = http.get("/assembly/" + token + "/items/" + n[1] + "/receipts/" + receipt, "application/json", null);
            if (n[0].endsWith("(not at hand)")) {
                notCounted(e, "a receipt of item 3 on item " + n[0], answer);
            } else {
                e.bad("item " + n[0], answer, false, "number");
            }
        }
        for (String[] t : bogusTokens(e.random, 40, List.of(a.link(1, "member 1")))) {
            unknownToken(e, t, http.get("/assembly/" + t[1] + "/items/3/receipts/" + receipt, "application/json", null));
        }
        int i = 0;
        // a receipt between spaces is still the receipt: the page reads it trimmed
        for (String[] r : mutatedTokens(e.random, Ledger.PUBLIC_MINIMUM * 11 / 10, List.of(receipt)).stream()
                .filter(r -> !decoded(r[1]).strip().equals(receipt)).limit(Ledger.PUBLIC_MINIMUM).toList()) {
            int item = 3 + i++ % 2;
            e.generated++;
            notCounted(e, "item " + item + ", receipt " + r[0], http.get("/assembly/" + token + "/items/" + item + "/receipts/"
                    + r[1], "application/json", null));
        }
    }

    /** A receipt that was not handed out for the item: refused, or not counted. */
    private static void notCounted(Endpoint e, String input, Answer answer) {
        e.odd(input, answer);
        if (answer.status() == 200 && !answer.body().contains("\"counted\":false")) {
            e.fail(input, "counted: " + answer.body());
        }
    }
}
