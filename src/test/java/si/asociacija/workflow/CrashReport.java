package si.asociacija.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * What the restarted application holds and what reached the SMTP server, checked against what was
 * answered 201 before the kill: each is there under its own reference, nothing is half-made, and each
 * is acknowledged by exactly one mail (a second copy with the same Message-ID is counted, not a problem).
 */
final class CrashReport {

    private static final Duration OUTBOX_DRAIN_TIMEOUT = Duration.ofSeconds(90);

    /** The acknowledgements: application-received and case-received, in Slovene and English. */
    private static final Pattern ACKNOWLEDGEMENT = Pattern.compile("^\\[((?:MA|SC)-\\d{4}-\\d{4,})] (?:"
            + "Prejeli smo vašo prijavo za članstvo|We have received your membership application"
            + "|Prejeli smo vaše vprašanje|We have received your question)$");
    private static final Set<String> ACKNOWLEDGEMENT_TEMPLATES = Set.of("application-received", "case-received");

    /** A request answered 201: MA (membership application) or SC (assistance case). */
    record Accepted(String kind, String reference, String email) {
    }

    private record Stored(String reference, String email) {
    }

    final List<String> problems = new ArrayList<>();
    boolean drained;
    int present;
    int acknowledged;
    int duplicates;
    int stored;
    int deliveredAfterRestart;

    private final ChildApplication app;
    private final Map<String, Stored> records = new LinkedHashMap<>();
    private final Map<String, Set<String>> instances = new HashMap<>();
    private final Map<Long, JsonNode> outbox = new TreeMap<>();
    private final Map<String, List<JsonNode>> queuedAcknowledgements = new HashMap<>();
    private final Map<String, List<Accepted>> acceptedByReference = new TreeMap<>();

    private CrashReport(ChildApplication app) {
        this.app = app;
    }

    /** Waits (bounded) for the restarted application's outbox to deliver, then reads and checks everything. */
    static CrashReport afterRestart(ChildApplication app, GreenMail smtp, List<Accepted> accepted, Instant killedAt)
            throws Exception {
        CrashReport report = new CrashReport(app);
        report.drained = report.awaitOutboxDrained();
        report.read(killedAt);
        report.checkAcceptedArePresent(accepted);
        report.checkNothingIsHalfMade();
        report.checkAcknowledgedOnce(smtp);
        return report;
    }

    private boolean awaitOutboxDrained() throws Exception {
        long deadline = System.nanoTime() + OUTBOX_DRAIN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (app.json("/api/mail/outbox?status=PENDING&limit=500", "staff").isEmpty()
                    && app.json("/api/mail/outbox?status=SENDING&limit=500", "staff").isEmpty()) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** The records, the process instances and the outbox as the restarted application sees them. */
    private void read(Instant killedAt) throws Exception {
        for (JsonNode record : concat(app.json("/api/membership-applications", "staff"), app.json("/api/assistance-cases", "staff"))) {
            Stored s = new Stored(record.get("reference").asText(), record.get("email").asText());
            if (records.put(s.reference(), s) != null) {
                problems.add("reference " + s.reference() + " is stored twice");
            }
        }
        stored = records.size();
        for (JsonNode instance : concat(app.json("/engine-rest/process-instance", "admin"),
                app.json("/engine-rest/history/process-instance", "admin"))) {
            if (instance.hasNonNull("businessKey")) {
                instances.computeIfAbsent(instance.get("businessKey").asText(), k -> new HashSet<>()).add(instance.get("id").asText());
            }
        }
        for (String status : List.of("PENDING", "SENDING", "SENT", "FAILED")) {
            for (JsonNode entry : app.json("/api/mail/outbox?status=" + status + "&limit=500", "staff")) {
                outbox.put(entry.get("id").asLong(), entry);
            }
        }
        for (JsonNode entry : outbox.values()) {
            if (ACKNOWLEDGEMENT_TEMPLATES.contains(entry.get("template").asText())) {
                queuedAcknowledgements.computeIfAbsent(entry.get("reference").asText(), r -> new ArrayList<>()).add(entry);
            }
        }
        deliveredAfterRestart = (int) queuedAcknowledgements.values().stream().flatMap(List::stream)
                .filter(entry -> entry.hasNonNull("sentAt") && entry.hasNonNull("createdAt")
                        && instant(entry.get("createdAt")).isBefore(killedAt) && instant(entry.get("sentAt")).isAfter(killedAt))
                .count();
        if (!drained) {
            List<JsonNode> waiting = outbox.values().stream()
                    .filter(e -> List.of("PENDING", "SENDING").contains(e.get("status").asText())).toList();
            problems.add("the outbox did not deliver within " + OUTBOX_DRAIN_TIMEOUT.toSeconds() + " s after the restart: "
                    + waiting.size() + " message(s) still PENDING or SENDING, e.g. "
                    + waiting.stream().limit(3).map(e -> e.get("reference").asText() + " " + e.get("status").asText()
                            + " attempts=" + e.get("attempts").asText()).toList());
        }
    }

    /** 1. What was answered 201 is there, under its own reference. */
    private void checkAcceptedArePresent(List<Accepted> accepted) {
        accepted.forEach(a -> acceptedByReference.computeIfAbsent(a.reference(), r -> new ArrayList<>()).add(a));
        acceptedByReference.forEach((reference, answers) -> {
            if (answers.size() > 1) {
                problems.add("reference " + reference + " was handed out " + answers.size() + " times: "
                        + answers.stream().map(Accepted::email).toList());
            }
        });
        for (Accepted a : accepted) {
            Stored record = records.get(a.reference());
            if (record == null) {
                problems.add("LOST: " + a.reference() + " (answered 201 for " + a.email() + ") is not there after the restart");
            } else if (!record.email().equalsIgnoreCase(a.email())) {
                problems.add("REFERENCE REUSED: " + a.reference() + " was answered 201 for " + a.email()
                        + " but now belongs to " + record.email());
            } else {
                present++;
            }
        }
    }

    /** 2. Nothing is half-made: each record has its process instance and its queued acknowledgement. */
    private void checkNothingIsHalfMade() {
        for (Stored record : records.values()) {
            int processInstances = instances.getOrDefault(record.reference(), Set.of()).size();
            if (processInstances != 1) {
                problems.add("HALF-MADE: " + record.reference() + " has " + processInstances + " process instance(s)");
            }
            List<JsonNode> queued = queuedAcknowledgements.getOrDefault(record.reference(), List.of());
            if (queued.size() != 1) {
                problems.add("HALF-MADE: " + record.reference() + " has " + queued.size() + " acknowledgement(s) in the outbox");
            } else if (!queued.get(0).get("recipient").asText().equalsIgnoreCase(record.email())) {
                problems.add(record.reference() + ": the queued acknowledgement goes to " + queued.get(0).get("recipient").asText()
                        + ", not to " + record.email());
            } else if (queued.get(0).get("status").asText().equals("FAILED")) {
                problems.add(record.reference() + ": the acknowledgement FAILED: " + queued.get(0).get("lastError").asText());
            }
        }
        queuedAcknowledgements.keySet().stream().filter(reference -> !records.containsKey(reference)).sorted()
                .forEach(reference -> problems.add("an acknowledgement is queued for " + reference + ", which is not stored"));
    }

    /** 3. Exactly one acknowledgement arrived for each (a second copy of the same message is tolerated). */
    private void checkAcknowledgedOnce(GreenMail smtp) throws Exception {
        Map<String, List<MimeMessage>> delivered = awaitDeliveries(smtp);
        for (Stored record : records.values()) {
            List<MimeMessage> copies = delivered.getOrDefault(record.reference(), List.of());
            Map<String, Integer> byMessageId = new TreeMap<>();
            for (MimeMessage copy : copies) {
                byMessageId.merge(String.valueOf(copy.getMessageID()), 1, Integer::sum);
                String to = copy.getRecipients(Message.RecipientType.TO)[0].toString();
                if (!to.equalsIgnoreCase(record.email())) {
                    problems.add(record.reference() + ": an acknowledgement went to " + to + ", not to " + record.email());
                }
            }
            List<JsonNode> queued = queuedAcknowledgements.getOrDefault(record.reference(), List.of());
            if (byMessageId.isEmpty()) {
                problems.add("NOT ACKNOWLEDGED: " + record.reference() + " (" + record.email() + ") got no acknowledgement");
            } else if (byMessageId.size() > 1) {
                problems.add("ACKNOWLEDGED TWICE: " + record.reference() + " got " + byMessageId.size()
                        + " different acknowledgements: " + byMessageId);
            } else if (copies.size() > 2) {
                problems.add(record.reference() + " got " + copies.size() + " copies of its acknowledgement");
            } else if (queued.size() == 1 && !queued.get(0).get("messageId").asText().equals(byMessageId.keySet().iterator().next())) {
                problems.add(record.reference() + ": the acknowledgement arrived with Message-ID " + byMessageId.keySet()
                        + ", the outbox holds " + queued.get(0).get("messageId").asText());
            } else {
                duplicates += copies.size() - 1;
                if (acceptedByReference.getOrDefault(record.reference(), List.of()).stream()
                        .anyMatch(a -> a.email().equalsIgnoreCase(record.email()))) {
                    acknowledged++;
                }
            }
        }
        delivered.keySet().stream().filter(reference -> !records.containsKey(reference)).sorted()
                .forEach(reference -> problems.add("ACKNOWLEDGED BUT GONE: an acknowledgement for " + reference
                        + " was sent, the record is not there"));
    }

    /** The acknowledgements at the SMTP server by reference, once each stored record has one (bounded). */
    private Map<String, List<MimeMessage>> awaitDeliveries(GreenMail smtp) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Map<String, List<MimeMessage>> delivered = new TreeMap<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                Matcher subject = ACKNOWLEDGEMENT.matcher(String.valueOf(message.getSubject()));
                if (subject.matches()) {
                    delivered.computeIfAbsent(subject.group(1), r -> new ArrayList<>()).add(message);
                }
            }
            if (delivered.keySet().containsAll(records.keySet()) || System.nanoTime() > deadline) {
                return delivered;
            }
            Thread.sleep(250);
        }
    }

    private static Instant instant(JsonNode value) {
        return value.isNumber()
                ? Instant.ofEpochSecond(0, Math.round(value.asDouble() * 1e9))
                : Instant.parse(value.asText());
    }

    private static List<JsonNode> concat(List<JsonNode> first, List<JsonNode> second) {
        List<JsonNode> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
