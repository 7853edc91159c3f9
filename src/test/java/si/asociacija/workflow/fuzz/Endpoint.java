package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.Text.show;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import si.asociacija.workflow.fuzz.FuzzHttp.Answer;

/** One endpoint's run (from {@link Ledger#begin}): its seeded random, its counts, and what went wrong. */
final class Endpoint {

    /** An exception's class name in an answer. */
    private static final Pattern EXCEPTION = Pattern.compile("\\b(java|org|si)\\.[a-z.]+\\.[A-Z]\\w*(Exception|Error)\\b");

    final String name;
    /** Seeded: the same inputs on every run with the same seed. */
    final Random random;
    final Ledger.Snapshot before;
    int tried;
    int clientErrors;
    int serverErrors;
    /** Of those tried, the bodies (or tokens) made by a generator ({@link MalformedJson}, {@link MalformedForms}, ...). */
    int generated;
    /** How many requests a public endpoint's run must try, and how many of them generated (0: no minimum). */
    int minimum;
    final List<String> failures = new ArrayList<>();

    private final Ledger ledger;
    /** The newest id of each table as last looked at: rows above it came from requests since. */
    private final Map<String, Long> seen;
    private String seenCases;

    Endpoint(Ledger ledger, String name, Random random, Ledger.Snapshot before) {
        this.ledger = ledger;
        this.name = name;
        this.random = random;
        this.before = before;
        this.seen = new LinkedHashMap<>(before.maxIds());
        this.seenCases = before.cases();
    }

    /** A bad input: a 4xx; a 400 of a JSON endpoint is problem+json and names one of the fields (if any given). */
    void bad(String input, Answer a, boolean problemJson, String... fields) {
        count(input, a);
        if (a.status() >= 200 && a.status() < 400) {
            fail(input, "accepted: " + a.status() + (a.location() == null ? "" : " Location " + a.location())
                    + " " + show(a.body()) + " | stored: " + ledger.newRows(seen) + changedCases());
        } else if (a.status() == 400) {
            if (problemJson && !a.problem()) {
                fail(input, "400 but not application/problem+json (" + a.contentType() + "): " + show(a.body()));
            }
            if (fields.length > 0 && a.problem()) {
                List<String> named = ledger.namedFields(a.body());
                if (Arrays.stream(fields).noneMatch(named::contains)) {
                    fail(input, "400 does not name " + String.join(" or ", fields) + " (names " + named + "): " + show(a.body()));
                }
            }
        }
    }

    /** A generated bad input: as {@link #bad}. */
    void generated(String input, Answer a, boolean problemJson, String... fields) {
        generated++;
        bad("generated: " + input, a, problemJson, fields);
    }

    /** An input that may be accepted or refused, but never a 5xx. */
    void odd(String input, Answer a) {
        count(input, a);
    }

    void fail(String input, String what) {
        failures.add(input + " | " + what);
    }

    private void count(String input, Answer a) {
        tried++;
        if (a.status() >= 400 && a.status() < 500) {
            clientErrors++;
        } else if (a.status() >= 500) {
            serverErrors++;
            fail(input, a.status() + " " + (a.exception() == null ? "(no exception logged)" : a.exception()));
        } else if (a.status() < 0) {
            fail(input, "no answer: " + a.body());
        }
        if (a.body() != null && (a.body().contains("\tat ") || EXCEPTION.matcher(a.body()).find())) {
            fail(input, "the answer shows a stack trace or exception: " + show(a.body()));
        }
    }

    private String changedCases() {
        String now = ledger.casesState();
        if (now.equals(seenCases)) {
            return "";
        }
        seenCases = now;
        return "; the cases behind the real tokens now: " + now;
    }
}
