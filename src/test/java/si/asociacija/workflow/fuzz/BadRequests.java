package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.JsonValues.NOT_UTF8;
import static si.asociacija.workflow.fuzz.JsonValues.js;
import static si.asociacija.workflow.fuzz.JsonValues.malformedBodies;
import static si.asociacija.workflow.fuzz.JsonValues.wrongContentTypes;
import static si.asociacija.workflow.fuzz.Logins.STAFF;
import static si.asociacija.workflow.fuzz.Logins.authFuzz;
import static si.asociacija.workflow.fuzz.Text.concat;
import static si.asociacija.workflow.fuzz.Text.hex;
import static si.asociacija.workflow.fuzz.Text.show;
import static si.asociacija.workflow.fuzz.Text.utf8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.fuzz.FuzzHttp.Answer;
import si.asociacija.workflow.fuzz.JsonValues.Mutation;
import si.asociacija.workflow.fuzz.Logins.Auth;

/**
 * Requests a JSON endpoint refuses whatever its fields: a bad value in each field, bodies that are not a
 * request, bytes that are not UTF-8, wrong content types, bad logins, wrong methods, tokens of no link.
 */
final class BadRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tomcat's default limit of the request line and headers together. */
    private static final int TOMCAT_HEADER_LIMIT = 8 * 1024;

    private final FuzzHttp http;

    BadRequests(FuzzHttp http) {
        this.http = http;
    }

    /** Each bad value of each field alone, in the valid body (fields as raw JSON) wrapped by {@code wrap}; a 400 names the field. */
    static void eachField(Endpoint e, Map<String, String> valid, Map<String, List<Mutation>> bad, Function<String, String> wrap,
                          String prefix, Function<String, Answer> send) {
        bad.forEach((field, mutations) -> {
            for (Mutation m : mutations) {
                Map<String, String> body = new LinkedHashMap<>(valid);
                body.put(field, m.raw().apply(value(valid.get(field))));
                e.bad(prefix + field + ": " + m.label(), send.apply(wrap.apply(object(body))), true,
                        m.namesField() ? new String[] {prefix + field} : new String[0]);
            }
        });
    }

    /** A JSON object of raw JSON values. */
    static String object(Map<String, String> raw) {
        StringJoiner object = new StringJoiner(",", "{", "}");
        raw.forEach((key, value) -> object.add(js(key) + ":" + value));
        return object.toString();
    }

    /** The text of a JSON string, or the raw JSON of any other value. */
    private static String value(String raw) {
        try {
            return raw.startsWith("\"") ? JSON.readValue(raw, String.class) : raw;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** To a member's link: bodies that are not a request (and {@code emptyObject} where that is none), over the size limit, not UTF-8, of another type. */
    void linkBodies(Endpoint e, String path, String valid, String emptyObject) {
        Map<String, Function<String, String>> bodies = malformedBodies();
        if (emptyObject != null) {
            bodies.put("empty object", v -> emptyObject);
        }
        bodies.put("body just over 64 KB (valid JSON and spaces)", v -> v + " ".repeat(65_537 - v.length()));
        bodies.forEach((label, body) -> e.bad(label, http.post(path, body.apply(valid)), true));
        notUtf8AndContentTypes(e, path, valid, null);
    }

    /** As staff: bodies that are not a request, not UTF-8, of another type. */
    void staffBodies(Endpoint e, String path, String valid) {
        malformedBodies().forEach((label, body) -> e.bad(label, http.post(path, "application/json", utf8(body.apply(valid)), STAFF),
                true));
        notUtf8AndContentTypes(e, path, valid, STAFF);
    }

    private void notUtf8AndContentTypes(Endpoint e, String path, String valid, String login) {
        int at = valid.indexOf('"', valid.indexOf(':') + 1) + 1;
        for (String[] bytes : NOT_UTF8) {
            if (login != null && bytes[0].contains("overlong")) {
                continue; // staff JSON is decoded by Jackson, which reads an overlong '/' as '/'
            }
            byte[] raw = concat(utf8(valid.substring(0, at)), hex(bytes[1]), utf8(valid.substring(at)));
            e.bad("invalid UTF-8 bytes " + bytes[0] + " in the first value", http.post(path, "application/json", raw, login), true);
        }
        wrongContentTypes().forEach((type, body) -> e.bad("Content-Type: " + (type == null ? "(none)" : type),
                http.post(path, type, utf8(body.apply(valid)), login), true));
    }

    /** The request with each login of {@link Logins#authFuzz} but staff: none may get through. */
    void badLogins(Endpoint e, int randomCount, Function<String, Answer> request) {
        for (Auth login : authFuzz(e.random, randomCount, false, false)) {
            Answer a = request.apply(login.header());
            if (a.status() < 0 && login.header() != null && login.header().length() > TOMCAT_HEADER_LIMIT) {
                // refused: the server closes the connection on a header over its limit, at times before the
                // client, still sending the body, has read the 400; what is stored is checked after the endpoint
                continue;
            }
            e.bad(login.label(), a, false);
        }
    }

    /** As staff, methods the endpoint does not take. */
    void wrongMethods(Endpoint e, String path, String body) {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            e.bad("as staff, " + method, http.method(method, path, STAFF, body), false);
        }
    }

    /** A token of no link: never accepted, and a 404 when it is a plain token (one the server reads as a path segment). */
    static void unknownToken(Endpoint e, String[] token, Answer a) {
        e.bad("token " + token[0], a, false);
        if (token[1].matches("[A-Za-z0-9_-]{1,100}") && a.status() != 404 && a.status() > 0) {
            e.fail("token " + token[0], a.status() + " instead of 404: " + show(a.body()));
        }
    }
}
