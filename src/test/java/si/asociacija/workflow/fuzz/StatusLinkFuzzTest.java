package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.BogusTokens.bogusTokens;
import static si.asociacija.workflow.fuzz.BogusTokens.mutatedTokens;
import static si.asociacija.workflow.fuzz.JsonValues.answerMutations;
import static si.asociacija.workflow.fuzz.JsonValues.js;
import static si.asociacija.workflow.fuzz.RandomText.lenientNumber;
import static si.asociacija.workflow.fuzz.RandomText.randomText;
import static si.asociacija.workflow.fuzz.RandomText.surelyBadText;
import static si.asociacija.workflow.fuzz.Text.query;
import static si.asociacija.workflow.fuzz.Text.show;
import static si.asociacija.workflow.fuzz.Text.utf8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import si.asociacija.workflow.fuzz.JsonValues.FieldSpec;
import si.asociacija.workflow.fuzz.JsonValues.Kind;
import si.asociacija.workflow.fuzz.JsonValues.Mutation;
import si.asociacija.workflow.fuzz.MalformedForms.Form;
import si.asociacija.workflow.fuzz.MalformedJson.Mutant;
import si.asociacija.workflow.fuzz.RealCases.Target;

/** The private status links: bogus tokens, and bad answers and ratings to the real links of real cases. */
class StatusLinkFuzzTest extends FuzzTestBase {

    @Test
    @Order(3)
    void statusPageHtml() {
        Endpoint e = ledger.beginPublic("GET /status/{token} (HTML)", 3);
        for (String[] t : bogusTokens(e.random, 160, cases().targets())) {
            e.bad("token " + t[0], http.get("/status/" + t[1], "text/html", null), false);
        }
        for (String[] raw : new String[][] {{"%ZZ", "/status/%ZZ"}, {"%", "/status/%"}, {"%u0000", "/status/%u0000"},
                {"a%2", "/status/a%2"}, {"raw bytes FF FE", "/status/\u00ff\u00fe"}, {"a space", "/status/a b"},
                {"a tab", "/status/a\tb"}, {"a backslash", "/status/a\\b"}, {"raw ..", "/status/../status/x"}}) {
            e.bad("raw request line " + raw[0], http.raw("GET", raw[1], Map.of("Accept", "text/html"), null, false), false);
        }
        e.bad("HTTP/1.0 without Host", http.rawRequest("GET /status/nope HTTP/1.0\r\nAccept: text/html\r\n\r\n"), false);
        e.bad("bad Host header", http.rawRequest("GET /status/nope HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n"), false);
        for (String[] t : mutatedTokens(e.random, Ledger.PUBLIC_MINIMUM, tokens())) {
            e.generated("token " + t[0], http.get("/status/" + t[1], "text/html", null), false);
        }
        ledger.finish(e);
    }

    @Test
    @Order(4)
    void statusPageJson() {
        Endpoint e = ledger.beginPublic("GET /status/{token} (JSON)", 4);
        for (String[] t : bogusTokens(e.random, 160, cases().targets())) {
            e.bad("token " + t[0], http.get("/status/" + t[1], "application/json", null), false);
        }
        for (Target t : cases().targets()) {
            for (String accept : List.of("application/xml", "text/csv", "image/png", "application/json;q=abc", "???",
                    "application/octet-stream")) {
                e.bad(t.label() + ", Accept: " + accept, http.get("/status/" + t.token(), accept, null), false);
            }
        }
        for (String[] t : mutatedTokens(e.random, Ledger.PUBLIC_MINIMUM, tokens())) {
            e.generated("token " + t[0], http.get("/status/" + t[1], "application/json", null), false);
        }
        ledger.finish(e);
    }

    @Test
    @Order(5)
    void answerForm() {
        Endpoint e = ledger.beginPublic("POST /status/{token}/answer (form)", 5);
        for (String[] t : bogusTokens(e.random, 40, cases().targets())) {
            e.bad("token " + t[0] + ", a valid answer", http.postForm("/status/" + t[1] + "/answer",
                    "answer=Statut+je+v+prilogi."), false);
        }
        for (Target t : cases().targets()) {
            for (String[] a : formAnswers(t.answerLimit())) {
                e.bad(t.label() + ", body " + a[0], http.postForm("/status/" + t.token() + "/answer", a[1]), false, "answer");
            }
        }
        // random answers, each with at least one control character or lone CR
        Target open = cases().openCase();
        for (int i = 0; i < 30; i++) {
            String text = surelyBadText(e.random, false);
            e.bad(open.label() + ", answer " + show(text), http.postForm("/status/" + open.token() + "/answer",
                    "answer=" + query(text)), false, "answer");
        }
        for (Target t : List.of(cases().missingInfo(), open)) {
            for (String type : new String[] {"text/plain", "application/xml", "multipart/form-data; boundary=fuzz", null,
                    "application/x-www-form-urlencoded; charset=nope", "application/x-www-form-urlencoded; charset=UTF-16"}) {
                e.bad(t.label() + ", Content-Type: " + type + ", body answer=%00", http.post("/status/" + t.token() + "/answer",
                        type, utf8("answer=%00"), null), false);
            }
            e.bad(t.label() + ", chunked body without Content-Length", http.raw("POST", "/status/" + t.token() + "/answer",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"), utf8("answer=%00"), true), false);
        }
        MalformedForms forms = new MalformedForms(e.random);
        for (int i = 0; i < Ledger.PUBLIC_MINIMUM; i++) {
            Target t = cases().targets().get(i % cases().targets().size());
            Form f = forms.answer(t.answerLimit());
            e.generated(t.label() + ", " + f.label(), http.postForm("/status/" + t.token() + "/answer", f.body()), false, "answer");
        }
        ledger.finish(e);
    }

    @Test
    @Order(6)
    void answerJson() {
        Endpoint e = ledger.beginPublic("POST /status/{token}/answer (JSON)", 6);
        for (String[] t : bogusTokens(e.random, 40, cases().targets())) {
            e.bad("token " + t[0] + ", a valid answer", http.post("/status/" + t[1] + "/answer",
                    "{\"answer\":\"Statut je v prilogi.\"}"), false);
        }
        // the second application waiting for missing information: the first may have taken a form answer
        List<Target> targets = new ArrayList<>(cases().targets());
        targets.set(1, new Target(targets.get(1).label(), cases().secondMissingInfoToken(), 4000));
        for (Target t : targets) {
            for (Mutation m : answerMutations(t.answerLimit())) {
                e.bad(t.label() + ", answer: " + m.label(), http.post("/status/" + t.token() + "/answer",
                        "{\"answer\":" + m.raw().apply("Statut je v prilogi.") + "}"), true,
                        m.namesField() ? new String[] {"answer"} : new String[0]);
            }
            for (String[] b : new String[][] {{"empty body", ""}, {"JSON null", "null"}, {"JSON array", "[]"},
                    {"string", "\"Statut\""}, {"number", "42"}, {"only an opening brace", "{"}, {"empty object", "{}"},
                    {"other key only", "{\"Answer\":\"Statut\"}"},
                    {"duplicate key: empty, then text", "{\"answer\":\"\",\"answer\":\"Statut je v prilogi.\"}"},
                    {"valid answer then garbage", "{\"answer\":\"Statut je v prilogi.\"} xyz"},
                    {"valid answer then a second object", "{\"answer\":\"Statut je v prilogi.\"}{}"},
                    {"valid answer and an object in another key", "{\"answer\":\"Statut je v prilogi.\",\"extra\":{\"a\":1}}"},
                    {"arrays nested 5000 deep", "[".repeat(5000) + "]".repeat(5000)},
                    {"body of 70 KB", "{\"answer\":\"" + "x".repeat(70_000) + "\"}"}}) {
                e.bad(t.label() + ", " + b[0], http.post("/status/" + t.token() + "/answer", b[1]), true);
            }
            for (String type : new String[] {"text/plain", "application/xml", null, "application/json; charset=nope",
                    "application/json; charset=UTF-16", "application/problem+json"}) {
                e.bad(t.label() + ", Content-Type: " + type, http.post("/status/" + t.token() + "/answer", type,
                        utf8("{\"answer\":\"\\u0000\"}"), null), true);
            }
        }
        Target open = cases().openCase();
        for (int i = 0; i < 30; i++) {
            String text = surelyBadText(e.random, true);
            e.bad(open.label() + ", answer " + show(text), http.post("/status/" + open.token() + "/answer",
                    "{\"answer\":" + js(text) + "}"), true, "answer");
        }
        List<MalformedJson> generators = targets.stream().map(t -> new MalformedJson(e.random,
                List.of(new FieldSpec("answer", Kind.TEXT, true, false, t.answerLimit())), false)).toList();
        for (int i = 0; i < Ledger.PUBLIC_MINIMUM; i++) {
            Target t = targets.get(i % targets.size());
            Mutant m = generators.get(i % targets.size()).next(Map.of("answer", js("Statut je v prilogi.")));
            e.generated(t.label() + ", " + m.label(), http.post("/status/" + t.token() + "/answer", "application/json", m.body(), null),
                    true, m.fields());
        }
        ledger.finish(e);
    }

    @Test
    @Order(7)
    void ratingForm() {
        Endpoint e = ledger.beginPublic("POST /status/{token}/rating (form)", 7);
        for (String[] t : bogusTokens(e.random, 40, cases().targets())) {
            e.bad("token " + t[0] + ", rating=3", http.postForm("/status/" + t[1] + "/rating", "rating=3"), false);
        }
        List<String[]> ratings = new ArrayList<>();
        for (String r : new String[] {"abc", "-1", "0", "6", "7", "-0", "99999999999999999999", "2147483648", "-2147483649",
                "3.5", "1e1", "%00", "3%00", "NaN", "Infinity", "true", "three", "%20", "%E2%80%8B", "%EF%BC%93",
                "1".repeat(1000), "3-", "--3", "0b11", "0x", "%ED%A0%80"}) {
            ratings.add(new String[] {"rating=" + r, "rating=" + r});
        }
        ratings.add(new String[] {"rating=1&rating=2 (repeated)", "rating=1&rating=2"});
        ratings.add(new String[] {"rating=&rating= (repeated, empty)", "rating=&rating="});
        ratings.add(new String[] {"no rating", "stars=5"});
        ratings.add(new String[] {"empty body", ""});
        ratings.add(new String[] {"rating=%ZZ (invalid escape)", "rating=%ZZ"});
        for (Target t : cases().targets()) {
            for (String[] r : ratings) {
                e.bad(t.label() + ", " + r[0], http.postForm("/status/" + t.token() + "/rating", r[1]), false, "rating");
            }
            for (String type : new String[] {"application/json", "text/plain", null}) {
                e.bad(t.label() + ", Content-Type: " + type + ", body rating=0", http.post("/status/" + t.token() + "/rating",
                        type, utf8("application/json".equals(type) ? "{\"rating\":0}" : "rating=0"), null), false);
            }
        }
        Target closed = cases().closedCase();
        for (int i = 0; i < 60; i++) {
            String value = randomText(e.random, 12, false);
            if (lenientNumber(value, Integer.class)) {
                continue;
            }
            e.bad(closed.label() + ", rating=" + show(value), http.postForm("/status/" + closed.token() + "/rating",
                    "rating=" + query(value)), false, "rating");
        }
        MalformedForms forms = new MalformedForms(e.random);
        for (int i = 0; i < Ledger.PUBLIC_MINIMUM; i++) {
            Target t = cases().targets().get(i % cases().targets().size());
            Form f = forms.rating();
            e.generated(t.label() + ", " + f.label(), http.postForm("/status/" + t.token() + "/rating", f.body()), false, "rating");
        }
        ledger.finish(e);
    }

    private List<String> tokens() {
        return cases().targets().stream().map(Target::token).toList();
    }

    /** Form bodies with a bad answer (percent-encoded as a browser would, or not). */
    private static List<String[]> formAnswers(int limit) {
        List<String[]> answers = new ArrayList<>();
        for (String a : new String[] {"answer=", "answer=+++", "answer=%09%0A", "answer=%00", "answer=Statut%00je",
                "answer=%07Statut", "answer=%1B%5B31mStatut", "answer=Statut%0Dje", "answer=%C2%9BStatut",
                "answer=Statut%C2%85", "answer=%7F", "answer=%E2%80%8B%E2%80%8B", "answer=%E2%80%8D%E2%81%A0",
                "answer=%EF%BB%BF", "answer=%C2%A0%C2%A0", "answer=%E2%80%AE", "answer=%ED%A0%80",
                "answer=Statut%ED%B0%80", "answer=%FF%FE", "answer=%C0%AF", "answer=&answer=",
                "answer=Statut&answer=Statut", "Answer=Statut", "answer%00=Statut", "answer", "=Statut",
                "answer=%ZZ", "answer=%", "%%%"}) {
            answers.add(new String[] {a, a});
        }
        answers.add(new String[] {"answer=<" + (limit + 1) + " x>", "answer=" + "x".repeat(limit + 1)});
        answers.add(new String[] {"answer=<70000 x>", "answer=" + "x".repeat(70_000)});
        return answers;
    }
}
