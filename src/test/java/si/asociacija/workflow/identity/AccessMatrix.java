package si.asociacija.workflow.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the rows of {@link AuthorisationMatrixTest}: one request per row and caller, the answer checked
 * against the row's expectation for that caller.
 */
final class AccessMatrix {

    /** The callers, in the order of a row's expectations; admin last, so a write it may do comes after the refusals. */
    static final List<String> CALLERS = List.of("anonymous", "board01", "counsellor1", "staff", "admin");
    static final String PASSWORD = "demo";

    /**
     * What a caller gets: {@code 401} (must log in), {@code 403} (refused), {@code 404} (refused without
     * saying the thing exists), {@code ok} (neither 401 nor 403:
     * let in, whatever the request's own answer), {@code none} (200 and an empty list: a query that
     * finds nothing the caller may see), {@code own} (200 and a list of only the caller and the caller's groups).
     */
    enum Expect {
        LOGIN("401"), REFUSED("403"), HIDDEN("404"), OK("ok"), NONE("none"), OWN("own");

        final String token;

        Expect(String token) {
            this.token = token;
        }

        static Expect of(String token) {
            for (Expect expect : values()) {
                if (expect.token.equals(token)) {
                    return expect;
                }
            }
            throw new IllegalArgumentException("no such expectation: " + token);
        }
    }

    /** {@code "POST /api/members/{membershipNumber}/end"}, then one expectation per caller (see {@link #CALLERS}). */
    record Row(String method, String path, List<Expect> expected, String contentType, byte[] body) {

        static Row of(String request, String expectations) {
            String[] parts = request.split(" ", 2);
            List<Expect> expected = new ArrayList<>();
            for (String token : expectations.trim().split("\\s+")) {
                expected.add(Expect.of(token));
            }
            if (expected.size() != CALLERS.size()) {
                throw new IllegalArgumentException(request + ": one expectation per caller " + CALLERS);
            }
            return new Row(parts[0], parts[1], expected, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        }

        Row withBody(String contentType, byte[] body) {
            return new Row(method, path, expected, contentType, body);
        }

        String key() {
            return method + " " + path;
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final int port;
    private final Map<String, String> samples;
    private final Map<String, Set<String>> groups;

    /** {@code samples}: a value for each path variable; {@code groups}: each caller's groups. */
    AccessMatrix(int port, Map<String, String> samples, Map<String, Set<String>> groups) {
        this.port = port;
        this.samples = samples;
        this.groups = groups;
    }

    /** Every mismatch of the row, one line each: {@code "GET /api/members as board01: expected 403, got 200"}. */
    List<String> check(Row row) throws IOException, InterruptedException {
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < CALLERS.size(); i++) {
            String caller = CALLERS.get(i);
            HttpResponse<String> response = send(row, caller);
            if (!meets(row.expected().get(i), response, caller)) {
                mismatches.add(row.key() + " as " + caller + ": expected " + row.expected().get(i).token + ", got "
                        + response.statusCode() + " " + abbreviated(response.body()));
            }
        }
        return mismatches;
    }

    /** The path with each {@code {variable}} replaced by its sample. */
    String resolve(String path) {
        Matcher matcher = VARIABLE.matcher(path);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String sample = samples.get(matcher.group(1));
            if (sample == null) {
                throw new IllegalStateException("no sample for {" + matcher.group(1) + "} in " + path);
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(sample));
        }
        return matcher.appendTail(resolved).toString();
    }

    private HttpResponse<String> send(Row row, String caller) throws IOException, InterruptedException {
        boolean withBody = !row.method().equals("GET") && !row.method().equals("DELETE");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + resolve(row.path())))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(row.method(), withBody ? HttpRequest.BodyPublishers.ofByteArray(body(row)) : HttpRequest.BodyPublishers.noBody());
        if (withBody) {
            request.header("Content-Type", row.contentType());
        }
        if (!caller.equals("anonymous")) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((caller + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON body may name path variables too ({@code {"id":"{victim}"}}). */
    private byte[] body(Row row) {
        return row.contentType().equals("application/json")
                ? resolve(new String(row.body(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : row.body();
    }

    /** For a row whose request would do harm when let in: only the callers to be refused are called. */
    List<String> checkRefusalsOnly(Row row) throws IOException, InterruptedException {
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < CALLERS.size(); i++) {
            Expect expected = row.expected().get(i);
            if (expected != Expect.OK) {
                HttpResponse<String> response = send(row, CALLERS.get(i));
                if (!meets(expected, response, CALLERS.get(i))) {
                    mismatches.add(row.key() + " as " + CALLERS.get(i) + ": expected " + expected.token + ", got "
                            + response.statusCode());
                }
            }
        }
        return mismatches;
    }

    private boolean meets(Expect expect, HttpResponse<String> response, String caller) throws IOException {
        int status = response.statusCode();
        return switch (expect) {
            case LOGIN -> status == 401;
            case REFUSED -> status == 403;
            case HIDDEN -> status == 404;
            case OK -> status != 401 && status != 403;
            case NONE -> status == 200 && json.readTree(response.body()).isEmpty();
            case OWN -> status == 200 && onlyOwn(json.readTree(response.body()), caller);
        };
    }

    private boolean onlyOwn(JsonNode list, String caller) {
        Set<String> own = new HashSet<>(groups.getOrDefault(caller, Set.of()));
        own.add(caller);
        for (JsonNode entry : list) {
            if (!own.contains(entry.path("id").asText())) {
                return false;
            }
        }
        return list.isArray() && !list.isEmpty();
    }

    private static String abbreviated(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
