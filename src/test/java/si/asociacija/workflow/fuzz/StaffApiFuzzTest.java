package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.Logins.STAFF;
import static si.asociacija.workflow.fuzz.Logins.authFuzz;
import static si.asociacija.workflow.fuzz.Logins.basic;
import static si.asociacija.workflow.fuzz.RandomText.lenientNumber;
import static si.asociacija.workflow.fuzz.RandomText.randomText;
import static si.asociacija.workflow.fuzz.Text.decoded;
import static si.asociacija.workflow.fuzz.Text.path;
import static si.asociacija.workflow.fuzz.Text.query;
import static si.asociacija.workflow.fuzz.Text.show;
import static si.asociacija.workflow.fuzz.Text.showEncoded;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import si.asociacija.workflow.fuzz.FuzzHttp.Answer;
import si.asociacija.workflow.fuzz.Logins.Auth;

/** The staff endpoints: bad logins, bad path and query parameters, wrong methods and Accept headers. */
class StaffApiFuzzTest extends FuzzTestBase {

    @Test
    @Order(8)
    void applicationList() {
        Endpoint e = ledger.begin("GET /api/membership-applications", 8);
        fuzzListWithoutParameters(e, "/api/membership-applications", false, false, false);
        ledger.finish(e);
    }

    @Test
    @Order(9)
    void memberList() {
        Endpoint e = ledger.begin("GET /api/members", 9);
        fuzzListWithoutParameters(e, "/api/members", false, false, true);
        ledger.finish(e);
    }

    @Test
    @Order(10)
    void resolutionList() {
        Endpoint e = ledger.begin("GET /api/resolutions", 10);
        fuzzListWithoutParameters(e, "/api/resolutions", true, false, true);
        ledger.finish(e);
    }

    private void fuzzListWithoutParameters(Endpoint e, String path, boolean boardMayRead, boolean counsellorMayRead,
                                           boolean postIsWrong) {
        badLogins(e, 140, boardMayRead, counsellorMayRead, login -> http.get(path, "application/json", login));
        for (String accept : List.of("application/xml", "text/html", "text/csv", "image/png", "???", "application/json;q=abc")) {
            e.bad("as staff, Accept: " + accept, http.get(path, accept, STAFF), false);
        }
        List<String> methods = new ArrayList<>(List.of("PUT", "DELETE", "PATCH"));
        if (postIsWrong) {
            methods.add("POST");
        }
        wrongMethods(e, path, "{}", methods);
        for (String sub : List.of("/abc", "/%00", "/1", "/", "/..;/x", "/%2e%2e", "/%2F", "/x/../../members")) {
            e.bad("as staff, " + path + sub, http.get(path + sub, "application/json", STAFF), false);
        }
    }

    @Test
    @Order(11)
    void outboxList() {
        Endpoint e = ledger.begin("GET /api/mail/outbox", 11);
        String p = "/api/mail/outbox";
        for (String status : new String[] {"NOPE", "failed", "Failed", "FAILED%00", "%00", "FAILED%20", "%20FAILED",
                "FAILED%0D%0A", "FAILED%2CSENT", "FAILE", "SENDINGX", "%27%3B%20drop%20table%20mail_outbox%3B--",
                "%E2%80%8BFAILED", "FAILED%E2%80%8B", "x".repeat(5000)}) {
            e.bad("status=" + showEncoded(status), getJson(p + "?status=" + status), true, "status");
        }
        e.bad("status=FAILED&status=SENT (repeated)", getJson(p + "?status=FAILED&status=SENT"), true, "status");
        e.odd("status= (empty)", getJson(p + "?status="));
        e.odd("status=%FF (not UTF-8)", getJson(p + "?status=%FF"));
        e.odd("status=%ZZ (invalid escape)", getJson(p + "?status=%ZZ"));
        e.bad("status=<10000 x> (request line over 8 KB)", getJson(p + "?status=" + "x".repeat(10_000)), false);
        for (String limit : new String[] {"abc", "1e99", "1.5", "99999999999999999999", "2147483648", "-2147483649", "NaN",
                "Infinity", "%00", "5%00", "%20", "5,6", "-", "--1", "1_000", "%E2%80%8B5", "true", "9".repeat(1000)}) {
            e.bad("limit=" + showEncoded(limit), getJson(p + "?limit=" + limit), true, "limit");
        }
        e.bad("limit=5&limit=6 (repeated)", getJson(p + "?limit=5&limit=6"), true, "limit");
        e.bad("status=NOPE&limit=abc", getJson(p + "?status=NOPE&limit=abc"), true, "status", "limit");
        for (String limit : new String[] {"-5", "0", "100000", "0x10", "010", "+5", "1%20000", "%D9%A3", "%ZZ"}) {
            e.odd("limit=" + showEncoded(limit) + " (clamped or leniently parsed)", getJson(p + "?limit=" + limit));
        }
        Set<String> statuses = Set.of("PENDING", "SENDING", "SENT", "FAILED");
        for (int i = 0; i < 90; i++) {
            String value = randomText(e.random, 30, true);
            if (value.isEmpty() || statuses.contains(value)) {
                e.odd("status=" + show(value), getJson(p + "?status=" + query(value)));
                continue;
            }
            e.bad("status=" + show(value), getJson(p + "?status=" + query(value)), true, "status");
        }
        for (int i = 0; i < 90; i++) {
            String value = randomText(e.random, 12, true);
            if (value.isEmpty() || lenientNumber(value, Integer.class)) {
                e.odd("limit=" + show(value), getJson(p + "?limit=" + query(value)));
                continue;
            }
            e.bad("limit=" + show(value), getJson(p + "?limit=" + query(value)), true, "limit");
        }
        badLogins(e, 20, false, false, login -> http.get(p + "?status=FAILED", "application/json", login));
        wrongMethods(e, p, "{}", List.of("PUT", "DELETE", "PATCH", "POST"));
        ledger.finish(e);
    }

    @Test
    @Order(12)
    void outboxRetry() {
        Endpoint e = ledger.begin("POST /api/mail/outbox/{id}/retry", 12);
        long queued = cases().outboxId();
        long unknown = jdbc.queryForObject("select coalesce(max(id), 0) from mail_outbox", Long.class) + 1_000_000;
        e.bad("id of a message that is not FAILED", http.postEmpty("/api/mail/outbox/" + queued + "/retry", STAFF), true);
        e.bad("unknown id " + unknown, http.postEmpty("/api/mail/outbox/" + unknown + "/retry", STAFF), true);
        for (String id : new String[] {"abc", "-1", "0", "99999999999999999999", "9223372036854775807", "9223372036854775808",
                "-9223372036854775809", "1.5", "1e3", "%00", "1%00", "%20", "%2F", "null", "NaN", "true", "%E2%80%8B",
                "1".repeat(5000), "%ZZ", "x;y", "%3B", "1,2"}) {
            e.bad("id " + showEncoded(id), http.postEmpty("/api/mail/outbox/" + id + "/retry", STAFF), false, "id");
        }
        for (String path : new String[] {"/api/mail/outbox//retry", "/api/mail/outbox/" + unknown + "/retry/",
                "/api/mail/outbox/" + unknown + "/retry/x", "/api/mail/outbox/retry"}) {
            e.bad(path, http.postEmpty(path, STAFF), false);
        }
        for (int i = 0; i < 150; i++) {
            String value = randomText(e.random, 20, true);
            if (value.isEmpty() || lenientNumber(value, Long.class)) {
                continue; // a number could name a real failed message: a retry would be a real change
            }
            e.bad("id " + show(value), http.postEmpty("/api/mail/outbox/" + path(value) + "/retry", STAFF), false, "id");
        }
        badLogins(e, 20, false, false, login -> http.postEmpty("/api/mail/outbox/" + queued + "/retry", login));
        wrongMethods(e, "/api/mail/outbox/" + queued + "/retry", null, List.of("GET", "PUT", "DELETE"));
        ledger.finish(e);
    }

    @Test
    @Order(13)
    void assistanceCaseList() {
        Endpoint e = ledger.begin("GET /api/assistance-cases", 13);
        String p = "/api/assistance-cases";
        // a filter: an odd value finds nothing (an empty list is a fine answer), never a 5xx
        List<String> values = new ArrayList<>(List.of("%00", "x%40example.si%0D%0ABcc%3A%20y%40example.si", "x".repeat(7000),
                "%27%20OR%201%3D1%20--", "*", "%25", "%E2%80%8B", "%ED%A0%80", "%FF"));
        for (int i = 0; i < 120; i++) {
            values.add(query(randomText(e.random, 40, true)));
        }
        for (String value : values) {
            Answer a = getJson(p + "?email=" + value);
            e.odd("email=" + showEncoded(value), a);
            if (a.status() == 200 && !a.body().trim().equals("[]")) {
                e.fail("email=" + showEncoded(value), "found cases: " + show(a.body()));
            }
        }
        // an invalid escape makes the servlet container drop the parameter: the whole list (staff may see it)
        e.odd("email=%ZZ (invalid escape)", getJson(p + "?email=%ZZ"));
        e.odd("email=a@example.si&email=b@example.si (repeated)", getJson(p + "?email=a%40example.si&email=b%40example.si"));
        badLogins(e, 60, false, true, login -> http.get(p, "application/json", login));
        wrongMethods(e, p, "{}", List.of("PUT", "DELETE", "PATCH", "POST"));
        ledger.finish(e);
    }

    @Test
    @Order(14)
    void attachment() {
        Endpoint e = ledger.begin("GET /api/assistance-cases/{reference}/attachments/{id}", 14);
        String open = cases().openCaseReference();
        List<String> references = List.of(open, "SC-0000-0000", "abc", "%00", "x".repeat(300), "%2E%2E", "MA-2026-0001", "%20");
        List<String> ids = List.of("abc", "-1", "0", "1", "99999999999999999999", "9223372036854775807", "1.5", "%00", "%20",
                "1%00", "1e3", "NaN", "%E2%80%8B", "%ZZ");
        for (String reference : references) {
            for (String id : ids) {
                e.bad("reference " + showEncoded(reference) + ", id " + showEncoded(id),
                        http.get("/api/assistance-cases/" + reference + "/attachments/" + id, "*/*", STAFF), false, "id");
            }
        }
        for (int i = 0; i < 90; i++) {
            String value = randomText(e.random, 20, true);
            e.bad("reference " + open + ", id " + show(value),
                    http.get("/api/assistance-cases/" + open + "/attachments/" + path(value), "*/*", STAFF), false, "id");
        }
        e.bad("as counsellor1 (not the case's counsellor), id 1", http.get("/api/assistance-cases/" + open
                + "/attachments/1", "*/*", basic("counsellor1", "demo")), false);
        badLogins(e, 20, false, true, login -> http.get("/api/assistance-cases/" + open + "/attachments/1", "*/*", login));
        ledger.finish(e);
    }

    @Test
    @Order(15)
    void inboundMail() {
        Endpoint e = ledger.begin("GET /api/inbound-mail", 15);
        String p = "/api/inbound-mail";
        for (String outcome : new String[] {"NOPE", "malformed", "Malformed", "MALFORMED%00", "%20MALFORMED", "MALFORMED%20",
                "MALFORMED%2CNEW_CASE", "MALFORMED%0D%0A", "%E2%80%8BMALFORMED", "x".repeat(5000), "%00"}) {
            e.bad("outcome=" + showEncoded(outcome), getJson(p + "?outcome=" + outcome), true, "outcome");
        }
        e.bad("outcome=MALFORMED&outcome=NEW_CASE (repeated)", getJson(p + "?outcome=MALFORMED&outcome=NEW_CASE"), true, "outcome");
        e.odd("outcome= (empty)", getJson(p + "?outcome="));
        e.odd("outcome=%ZZ (invalid escape)", getJson(p + "?outcome=%ZZ"));
        e.bad("outcome=<10000 x> (request line over 8 KB)", getJson(p + "?outcome=" + "x".repeat(10_000)), false);
        Set<String> outcomes = Set.of("MALFORMED", "NEW_CASE", "THREADED", "REOPENED", "IGNORED_AUTOMATIC", "REFUSED_TOO_LARGE");
        for (int i = 0; i < 120; i++) {
            String value = randomText(e.random, 30, true);
            if (value.isEmpty() || outcomes.contains(value)) {
                continue;
            }
            e.bad("outcome=" + show(value), getJson(p + "?outcome=" + query(value)), true, "outcome");
        }
        badLogins(e, 40, false, false, login -> http.get(p, "application/json", login));
        ledger.finish(e);
    }

    @Test
    @Order(16)
    void assistanceReport() {
        Endpoint e = ledger.begin("GET /api/reports/assistance", 16);
        String p = "/api/reports/assistance";
        for (String date : new String[] {"2026-13-45", "2026-02-30", "2026-1-1", "26-01-01", "2026%2F01%2F01", "20260101", "abc",
                "2026-01-01T00%3A00", "2026-01-01%20", "%002026-01-01", "2026-01-01%00", "%E2%80%8B2026-01-01",
                "2026-00-10", "2026-01-32", "x".repeat(5000), "%D9%A2%D9%A0%D9%A2%D9%A6-01-01"}) {
            e.bad("from=" + showEncoded(date), getCsv(p + "?from=" + date + "&to=2026-12-31"), true, "from");
            e.bad("to=" + showEncoded(date), getCsv(p + "?from=2026-01-01&to=" + date), true, "to");
        }
        e.odd("from=%ZZ (invalid escape)", getCsv(p + "?from=%ZZ&to=2026-12-31"));
        e.bad("from=<10000 x> (request line over 8 KB)", getCsv(p + "?from=" + "x".repeat(10_000) + "&to=2026-12-31"), false);
        e.bad("no parameters", getCsv(p), true, "from", "to");
        e.bad("from only", getCsv(p + "?from=2026-01-01"), true, "to");
        e.bad("from= and to= empty", getCsv(p + "?from=&to="), true, "from", "to");
        e.bad("to before from", getCsv(p + "?from=2026-12-31&to=2026-01-01"), true, "to");
        e.bad("from repeated", getCsv(p + "?from=2026-01-01&from=2026-02-01&to=2026-12-31"), true, "from");
        e.bad("to repeated", getCsv(p + "?from=2026-01-01&to=2026-11-30&to=2026-12-31"), true, "to");
        for (String[] range : new String[][] {{"0001-01-01", "9999-12-31"}, {"-999999999-01-01", "2026-12-31"},
                {"2026-01-01", "%2B999999999-12-31"}, {"-999999999-01-01", "%2B999999999-12-31"}, {"0000-01-01", "0000-12-31"},
                {"%2B10000-01-01", "%2B10000-12-31"}}) {
            e.odd("from=" + decoded(range[0]) + "&to=" + decoded(range[1]) + " (extreme dates)",
                    getCsv(p + "?from=" + range[0] + "&to=" + range[1]));
        }
        for (int i = 0; i < 90; i++) {
            String value = randomText(e.random, 20, true);
            String which = i % 2 == 0 ? "from" : "to";
            String q = "from".equals(which) ? "?from=" + query(value) + "&to=2026-12-31" : "?from=2026-01-01&to=" + query(value);
            e.bad(which + "=" + show(value), getCsv(p + q), true, which);
        }
        badLogins(e, 30, false, false, login -> http.get(p + "?from=2026-01-01&to=2026-12-31", "text/csv", login));
        ledger.finish(e);
    }

    /** As staff, asking for JSON. */
    private Answer getJson(String pathAndQuery) {
        return http.get(pathAndQuery, "application/json", STAFF);
    }

    /** As staff, asking for CSV. */
    private Answer getCsv(String pathAndQuery) {
        return http.get(pathAndQuery, "text/csv", STAFF);
    }

    /** The request with each login of {@link Logins#authFuzz}: none may get through. */
    private void badLogins(Endpoint e, int randomCount, boolean boardMayRead, boolean counsellorMayRead,
                           Function<String, Answer> request) {
        for (Auth a : authFuzz(e.random, randomCount, boardMayRead, counsellorMayRead)) {
            e.bad(a.label(), request.apply(a.header()), false);
        }
    }

    /** Methods the endpoint does not take, as staff: with a JSON body, or none (null). */
    private void wrongMethods(Endpoint e, String path, String jsonBody, List<String> methods) {
        for (String method : methods) {
            e.bad("as staff, " + method, http.method(method, path, STAFF, jsonBody), false);
        }
    }
}
