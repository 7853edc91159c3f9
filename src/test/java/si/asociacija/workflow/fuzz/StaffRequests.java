package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.AssemblyInputs.badNumbers;
import static si.asociacija.workflow.fuzz.AssemblyInputs.badReferences;
import static si.asociacija.workflow.fuzz.AssemblyInputs.choices;
import static si.asociacija.workflow.fuzz.AssemblyInputs.inOrder;
import static si.asociacija.workflow.fuzz.AssemblyInputs.memberNumbers;
import static si.asociacija.workflow.fuzz.AssemblyInputs.text;
import static si.asociacija.workflow.fuzz.BadRequests.eachField;
import static si.asociacija.workflow.fuzz.BadRequests.object;
import static si.asociacija.workflow.fuzz.FuzzAssembly.NAMED;
import static si.asociacija.workflow.fuzz.FuzzAssembly.WORKING_BODIES;
import static si.asociacija.workflow.fuzz.JsonValues.js;
import static si.asociacija.workflow.fuzz.Logins.STAFF;
import static si.asociacija.workflow.fuzz.Text.utf8;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;

import si.asociacija.workflow.fuzz.FuzzHttp.Answer;

/** Bad requests to the staff endpoints of the assembly: convening, attendance, opening, items, paper ballots. */
final class StaffRequests {

    private final FuzzHttp http;
    private final FuzzAssembly a;
    private final BadRequests bad;

    StaffRequests(FuzzHttp http, FuzzAssembly a, BadRequests bad) {
        this.http = http;
        this.a = a;
        this.bad = bad;
    }

    Answer convene(String body) {
        return http.post("/api/assemblies", "application/json", utf8(body), STAFF);
    }

    /** Bad fields of the assembly and of an item, bad agendas; a valid body with bad logins, methods and content types. */
    void convening(Endpoint e) {
        String valid = FuzzAssembly.conveningBody(NAMED);
        eachField(e, ConveningInputs.conveningFields(), ConveningInputs.conveningMutations(), body -> body, "", this::convene);
        eachField(e, ConveningInputs.itemFields(), ConveningInputs.itemMutations(), FuzzAssembly::conveningBody, "items[0].",
                this::convene);
        ConveningInputs.badItems().forEach((label, items) -> e.bad("items: " + label, convene(FuzzAssembly.withItems(items)), true,
                "items", "items[0]", "items[0].title", "items[0].kind", "items[0].ballot", "items[0].seats", "items[0].candidates",
                "items[0].candidates[0]", "items[0].candidates[1]"));
        bad.staffBodies(e, "/api/assemblies", valid);
        bad.badLogins(e, 30, login -> http.post("/api/assemblies", "application/json", utf8(valid), login));
        bad.wrongMethods(e, "/api/assemblies", valid);
    }

    /** During the registration: bad ways to check in member 4, who stays away. */
    void attendance(Endpoint e) {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("member", js(a.numbers.get(4)));
        valid.put("mode", "\"IN_PERSON\"");
        Function<String, Answer> attend = body -> a.staff("/attendance", body);
        eachField(e, valid, inOrder("member", text(true), "mode", AssemblyInputs.mode()), body -> body, "", attend);
        for (String[] member : memberNumbers(a.numbers.get(4))) {
            e.bad("member " + member[0], attend.apply("{\"member\":" + member[1] + ",\"mode\":\"REMOTE\"}"), true, "member");
        }
        validBodyElsewhere(e, "/attendance", object(valid));
    }

    /** During the registration: working bodies that are not complete. */
    void open(Endpoint e) {
        Function<String, Answer> open = body -> a.staff("/open", body);
        eachField(e, AssemblyInputs.workingBodies(), AssemblyInputs.workingBodyMutations(), body -> body, "", open);
        AssemblyInputs.badVerifiers().forEach((label, verifiers) -> e.bad("verifiers: " + label,
                open.apply(WORKING_BODIES.replaceAll("\\[.*]", Matcher.quoteReplacement(verifiers))), true,
                "verifiers", "verifiers[0]", "verifiers[1]"));
        validBodyElsewhere(e, "/open", WORKING_BODIES);
    }

    /** While item 1 (information) is at hand: other items and bad numbers opened and closed; closing item 1 without staff's login. */
    void items(Endpoint e) {
        for (String action : List.of("open", "close")) {
            for (String[] n : badNumbers(e.random, 60, 1)) {
                e.bad(action + " item " + n[0], http.postEmpty("/api/assemblies/" + a.reference + "/items/" + n[1] + "/" + action,
                        STAFF), false, "number");
            }
        }
        e.bad("open item 1 (information)", a.staff("/items/1/open", "{}"), true);
        for (String[] r : badReferences(e.random, 40, a.reference)) {
            e.bad("close item 1 of " + r[0], http.postEmpty("/api/assemblies/" + r[1] + "/items/1/close", STAFF), false);
            e.bad("live view of " + r[0], http.get("/api/assemblies/" + r[1], "application/json", STAFF), false);
        }
        bad.badLogins(e, 30, login -> http.postEmpty("/api/assemblies/" + a.reference + "/items/1/close", login));
        bad.badLogins(e, 10, login -> http.get("/api/assemblies/" + a.reference, "application/json", login));
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
            e.bad("as staff, " + method + " close item 1", http.method(method, "/api/assemblies/" + a.reference + "/items/1/close",
                    STAFF, null), false);
        }
    }

    /** On the named item 2: bad paper ballots of member 3, who has not voted, and ballots of members who may not vote on paper. */
    void namedPaper(Endpoint e) {
        Function<String, Answer> paper = body -> a.staff("/items/2/paper-ballots", body);
        eachField(e, namedPaperBallot(), inOrder("member", text(true), "choice", choices()), body -> body, "", paper);
        for (String[] member : memberNumbers(a.numbers.get(3))) {
            e.bad("member " + member[0], paper.apply("{\"member\":" + member[1] + ",\"choice\":\"FOR\"}"), true, "member");
        }
        e.bad("member 0, who voted on the link", paper.apply("{\"member\":" + js(a.numbers.get(0)) + ",\"choice\":\"FOR\"}"), true);
        e.bad("who voted and counts, on a named item", paper.apply("{\"voted\":[" + js(a.numbers.get(3)) + "],\"counts\":{\"FOR\":1}}"),
                true);
        validBodyElsewhere(e, "/items/2/paper-ballots", object(namedPaperBallot()));
        itemNumbers(e, "paper-ballots", object(namedPaperBallot()), 2);
    }

    /** Member 3's paper ballot of the named item 2: against. */
    Map<String, String> namedPaperBallot() {
        Map<String, String> ballot = new LinkedHashMap<>();
        ballot.put("member", js(a.numbers.get(3)));
        ballot.put("choice", "\"AGAINST\"");
        return ballot;
    }

    /** On a secret item: bad lists of who voted on paper (member 3 did) and bad counts. */
    void secretPaper(Endpoint e, int item, String counts) {
        Function<String, Answer> paper = body -> a.staff("/items/" + item + "/paper-ballots", body);
        String first = counts.contains("Ana") ? "Ana" : "FOR";
        AssemblyInputs.secretPaper(a.numbers, first.equals("Ana"), counts).forEach((label, body) -> e.bad(label, paper.apply(body),
                true, "voted", "voted[0]", "counts", "counts." + first, first));
        e.bad("member and choice, on a secret item", paper.apply("{\"member\":" + js(a.numbers.get(3)) + ",\"choice\":\"FOR\"}"), true);
        validBodyElsewhere(e, "/items/" + item + "/paper-ballots", secretPaperBallot(counts));
        itemNumbers(e, "paper-ballots", secretPaperBallot(counts), item);
    }

    /** Member 3 voted on paper, with these counts. */
    String secretPaperBallot(String counts) {
        return "{\"voted\":[" + js(a.numbers.get(3)) + "],\"counts\":" + counts + "}";
    }

    /** A valid body, but not a request: malformed, of another type; to no assembly; without staff's login. */
    private void validBodyElsewhere(Endpoint e, String path, String body) {
        bad.staffBodies(e, "/api/assemblies/" + a.reference + path, body);
        for (String[] r : badReferences(e.random, 40, a.reference)) {
            e.bad("reference " + r[0], http.post("/api/assemblies/" + r[1] + path, "application/json", utf8(body), STAFF), false);
        }
        bad.badLogins(e, 20, login -> http.post("/api/assemblies/" + a.reference + path, "application/json", utf8(body), login));
    }

    /** A valid body to the other items and to bad item numbers. */
    private void itemNumbers(Endpoint e, String action, String body, int item) {
        for (String[] n : badNumbers(e.random, 40, item)) {
            e.bad("item " + n[0], http.post("/api/assemblies/" + a.reference + "/items/" + n[1] + "/" + action, "application/json",
                    utf8(body), STAFF), false, "number");
        }
    }
}
