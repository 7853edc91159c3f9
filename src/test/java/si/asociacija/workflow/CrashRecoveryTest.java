package si.asociacija.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.TestSocketUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * Nothing acknowledged is lost: the application runs as a separate JVM on the product's own database
 * (the default H2 file database in a fresh working directory, or a fresh PostgreSQL database on the
 * {@code -Ppostgres} run), clients post membership applications and assistance requests, the JVM is
 * killed (SIGKILL) in the middle of it and started again. Every request that was answered 201 must
 * then be there, whole (record, process instance, queued acknowledgement), under its own reference,
 * and acknowledged by exactly one mail at a real SMTP server. A second copy of the same message (same
 * Message-ID, a crash between the SMTP send and its commit) is tolerated and counted.
 */
class CrashRecoveryTest {

    private static final String CRASH_DATABASE = "asociacija_crash_test";
    private static final int CLIENTS = 3;
    private static final int KILL_AFTER_ACCEPTED = 35;
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CLIENTS_KEEP_TRYING = Duration.ofMillis(1500);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration OUTBOX_DRAIN_TIMEOUT = Duration.ofSeconds(90);
    private static final String CLAIM_LEASE = "PT15S";

    /** The acknowledgements: application-received and case-received, in Slovene and English. */
    private static final Pattern ACKNOWLEDGEMENT = Pattern.compile("^\\[((?:MA|SC)-\\d{4}-\\d{4,})] (?:"
            + "Prejeli smo vašo prijavo za članstvo|We have received your membership application"
            + "|Prejeli smo vaše vprašanje|We have received your question)$");
    private static final Set<String> ACKNOWLEDGEMENT_TEMPLATES = Set.of("application-received", "case-received");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static GreenMail smtp;
    private static Process child;
    private static Path workDir;
    private static Path childLog;
    private static String crashDatabaseUrl;
    private static boolean passed;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicBoolean stopClients = new AtomicBoolean();
    private final Set<String> registrationNumbers = ConcurrentHashMap.newKeySet();
    private final Set<String> taxNumbers = ConcurrentHashMap.newKeySet();

    private record Accepted(String kind, String reference, String email) {
    }

    private record Stored(String reference, String email) {
    }

    private record Load(List<Accepted> accepted, AtomicInteger refused, AtomicInteger lostInFlight,
                        AtomicInteger errorsBeforeKill, Map<Integer, AtomicInteger> otherAnswers) {
    }

    @Test
    void nothingAcknowledgedIsLostWhenTheApplicationIsKilledAndRestarted() throws Exception {
        long testStart = System.nanoTime();
        String database = postgres() ? "PostgreSQL" : "H2";
        workDir = Files.createTempDirectory("asociacija-crash-test");
        childLog = workDir.resolve("application.log");
        try {
            smtp = new GreenMail(new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", "smtp"));
            smtp.start();
            if (postgres()) {
                crashDatabaseUrl = createCrashDatabase();
            }
            int port = TestSocketUtils.findAvailableTcpPort();
            String base = "http://127.0.0.1:" + port;
            List<String> command = command(port, smtp.getSmtp().getPort());

            child = start(command, "first start");
            long firstStartSeconds = awaitReady(base);

            // load, and the kill in the middle of it
            AtomicBoolean killed = new AtomicBoolean();
            Load load = new Load(new CopyOnWriteArrayList<>(), new AtomicInteger(), new AtomicInteger(),
                    new AtomicInteger(), new ConcurrentHashMap<>());
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                Thread thread = new Thread(() -> post(base, client, load, killed), "crash-test-client-" + i);
                thread.setDaemon(true);
                clients.add(thread);
                thread.start();
            }
            long loadDeadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
            while (load.accepted().size() < KILL_AFTER_ACCEPTED && System.nanoTime() < loadDeadline && child.isAlive()) {
                Thread.sleep(10);
            }
            assertThat(child.isAlive()).as("the application died on its own under load").isTrue();
            Instant killedAt = Instant.now();
            killed.set(true);
            Process killedChild = child;
            killedChild.destroyForcibly();
            assertThat(killedChild.waitFor(20, TimeUnit.SECONDS)).as("killed JVM has ended").isTrue();
            if (!System.getProperty("os.name", "").toLowerCase().startsWith("windows")) {
                assertThat(killedChild.exitValue()).as("exit code of a JVM killed by SIGKILL (128 + 9), not a graceful stop")
                        .isEqualTo(137);
            }
            Thread.sleep(CLIENTS_KEEP_TRYING.toMillis());
            stopClients.set(true);
            for (Thread thread : clients) {
                thread.join(15_000);
                assertThat(thread.isAlive()).as(thread.getName() + " has stopped").isFalse();
            }

            // the same application on the same database again
            child = start(command, "restart after kill -9");
            long restartSeconds = awaitReady(base);

            boolean drained = awaitOutboxDrained(base);
            Result result = verify(base, load, drained, killedAt);

            double seconds = (System.nanoTime() - testStart) / 1e9;
            long applications = load.accepted().stream().filter(a -> a.kind().equals("MA")).count();
            System.out.printf("CRASH TEST (%s): accepted=%d, present=%d, acknowledged=%d, duplicates (same Message-ID)=%d, "
                            + "refused while down=%d; applications=%d, assistance cases=%d, in flight at the kill=%d, "
                            + "stored after restart=%d, acknowledgements queued before the kill and sent after it=%d, "
                            + "other answers=%s, errors before the kill=%d, first start=%ds, restart=%ds, outbox drained=%s, "
                            + "took=%.0fs%n",
                    database, load.accepted().size(), result.present, result.acknowledged, result.duplicates,
                    load.refused().get() + load.lostInFlight().get(), applications, load.accepted().size() - applications,
                    load.lostInFlight().get(), result.stored, result.deliveredAfterRestart, new TreeMap<>(load.otherAnswers()),
                    load.errorsBeforeKill().get(), firstStartSeconds, restartSeconds, drained, seconds);
            result.problems.stream().limit(40).forEach(p -> System.out.println("CRASH TEST problem: " + p));

            assertThat(load.accepted()).as("requests answered 201 before the kill").hasSizeGreaterThanOrEqualTo(10);
            assertThat(load.refused().get() + load.lostInFlight().get())
                    .as("the clients were still posting when the application was killed").isPositive();
            assertThat(result.problems).as("what was acknowledged and what is there after the crash").isEmpty();
            passed = true;
        } catch (Throwable failure) {
            stopClients.set(true);
            printLogTail();
            throw failure;
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (crashDatabaseUrl != null) {
            dropCrashDatabase();
        }
        if (workDir != null) {
            if (passed) {
                try (Stream<Path> files = Files.walk(workDir)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            } else {
                System.out.println("CRASH TEST: the application's working directory and log are kept in " + workDir);
            }
        }
    }

    // --- the application as a separate JVM ------------------------------------------------------

    private static boolean postgres() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    /** The suite's database server, with a database of our own: other contexts of this JVM use the suite's. */
    private static String createCrashDatabase() throws Exception {
        Matcher url = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?$").matcher(System.getenv("SPRING_DATASOURCE_URL"));
        assertThat(url.matches()).as("SPRING_DATASOURCE_URL names a PostgreSQL database").isTrue();
        dropCrashDatabase();
        try (Connection connection = adminConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE " + CRASH_DATABASE);
        }
        return url.group(1) + CRASH_DATABASE + (url.group(3) == null ? "" : url.group(3));
    }

    /** Also when a killed run left connections behind (FORCE needs PostgreSQL 13). */
    private static void dropCrashDatabase() throws Exception {
        try (Connection connection = adminConnection(); Statement sql = connection.createStatement()) {
            try {
                sql.execute("DROP DATABASE IF EXISTS " + CRASH_DATABASE + " WITH (FORCE)");
            } catch (SQLException olderServer) {
                sql.execute("DROP DATABASE IF EXISTS " + CRASH_DATABASE);
            }
        }
    }

    private static Connection adminConnection() throws Exception {
        return DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"), System.getenv("SPRING_DATASOURCE_USERNAME"),
                System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
    }

    private static List<String> command(int port, int smtpPort) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", applicationClassPath(), WorkflowApplication.class.getName(),
                "--server.port=" + port,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--asociacija.public-url=http://localhost:" + port,
                "--asociacija.mail.outbox.claim-lease=" + CLAIM_LEASE,
                "--asociacija.limits.public-intake.requests=1000000");
    }

    /**
     * The class path of the tests. Surefire starts this JVM with a manifest-only booter jar as
     * {@code java.class.path} and gives the real one as {@code surefire.test.class.path}.
     */
    private static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path");
        if (classPath == null || classPath.isBlank()) {
            classPath = System.getProperty("java.class.path");
        }
        String classes;
        try {
            classes = Path.of(WorkflowApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        assertThat(List.of(classPath.split(File.pathSeparator))).as("the class path holds the application's classes")
                .anySatisfy(entry -> assertThat(Path.of(entry).toAbsolutePath().normalize().toString())
                        .isEqualTo(Path.of(classes).toAbsolutePath().normalize().toString()));
        return classPath;
    }

    private static Process start(List<String> command, String what) throws IOException {
        Files.writeString(childLog, "\n===== CRASH TEST: " + what + " =====\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(childLog.toFile()));
        Map<String, String> environment = builder.environment();
        // the product's defaults, not whatever configures this JVM
        environment.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("ASOCIACIJA_")
                || name.startsWith("CAMUNDA_") || name.startsWith("SERVER_") || name.equals("DEMO_PASSWORD"));
        if (crashDatabaseUrl != null) {
            environment.put("SPRING_DATASOURCE_URL", crashDatabaseUrl);
            environment.put("SPRING_DATASOURCE_USERNAME", System.getenv("SPRING_DATASOURCE_USERNAME"));
            environment.put("SPRING_DATASOURCE_PASSWORD", System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
        }
        return builder.start();
    }

    /** Waits until staff can log in to the product API; returns how many seconds it took. */
    private long awaitReady(String base) throws Exception {
        long start = System.nanoTime();
        long deadline = start + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("the application is running (exit code %s)",
                    child.isAlive() ? "" : String.valueOf(child.exitValue())).isTrue();
            try {
                if (get(base, "/api/members", "staff", Duration.ofSeconds(3)).statusCode() == 200) {
                    return Math.round((System.nanoTime() - start) / 1e9);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not become ready within " + READY_TIMEOUT.toSeconds() + " s");
    }

    // --- the clients ----------------------------------------------------------------------------

    private void post(String base, int client, Load load, AtomicBoolean killed) {
        HttpClient clientHttp = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1).build();
        int n = 0;
        while (!stopClients.get() && (killed.get() || load.accepted().size() < KILL_AFTER_ACCEPTED + 40)) {
            boolean application = (n++ + client) % 2 == 0;
            String email = TestData.email(application ? "crash-zavod" : "crash-vprasanje");
            String path = application ? "/api/membership-applications" : "/api/assistance-requests";
            String body = application ? application(email) : assistanceRequest(email, n);
            try {
                HttpResponse<String> response = clientHttp.send(HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    String reference = JSON.readTree(response.body()).get("reference").asText();
                    load.accepted().add(new Accepted(application ? "MA" : "SC", reference, email));
                } else {
                    load.otherAnswers().computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                }
            } catch (InterruptedException interrupted) {
                return;
            } catch (IOException noAnswer) {
                if (!killed.get()) {
                    load.errorsBeforeKill().incrementAndGet();
                    System.out.println("CRASH TEST: " + path + " failed before the kill: " + noAnswer);
                } else if (noAnswer instanceof ConnectException) {
                    load.refused().incrementAndGet();
                } else {
                    load.lostInFlight().incrementAndGet();
                }
                sleep(100);
            }
        }
    }

    private String application(String email) {
        return """
                {"type":"ORGANISATION","name":"Zavod za preizkus zrušitve","email":"%s","phone":"+386 40 123 456",
                 "address":"Metelkova 6, 1000 Ljubljana","registrationNumber":"%s","taxNumber":"%s",
                 "field":"MUSIC","motivation":"Preizkušamo, da se nič ne izgubi.","language":"sl","consent":true}"""
                .formatted(email, unique(registrationNumbers, TestData::registrationNumber), unique(taxNumbers, TestData::taxNumber));
    }

    private static String assistanceRequest(String email, int n) {
        return """
                {"name":"Samozaposlena %d","email":"%s","topic":"TAXES",
                 "message":"Kako obračunam prispevke za leto 2026?","language":"sl","consent":true}"""
                .formatted(n, email);
    }

    private static String unique(Set<String> used, Supplier<String> next) {
        for (int i = 0; i < 100; i++) {
            String value = next.get();
            if (used.add(value)) {
                return value;
            }
        }
        throw new IllegalStateException("no unused number");
    }

    // --- after the restart ----------------------------------------------------------------------

    private boolean awaitOutboxDrained(String base) throws Exception {
        long deadline = System.nanoTime() + OUTBOX_DRAIN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (json(base, "/api/mail/outbox?status=PENDING&limit=500", "staff").isEmpty()
                    && json(base, "/api/mail/outbox?status=SENDING&limit=500", "staff").isEmpty()) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static final class Result {
        final List<String> problems = new ArrayList<>();
        int present;
        int acknowledged;
        int duplicates;
        int stored;
        int deliveredAfterRestart;
    }

    private Result verify(String base, Load load, boolean drained, Instant killedAt) throws Exception {
        Result result = new Result();
        List<String> problems = result.problems;

        // the records, the process instances and the outbox as the restarted application sees them
        Map<String, Stored> stored = new LinkedHashMap<>();
        for (JsonNode record : concat(json(base, "/api/membership-applications", "staff"), json(base, "/api/assistance-cases", "staff"))) {
            Stored s = new Stored(record.get("reference").asText(), record.get("email").asText());
            if (stored.put(s.reference(), s) != null) {
                problems.add("reference " + s.reference() + " is stored twice");
            }
        }
        result.stored = stored.size();
        Map<String, Set<String>> instances = new HashMap<>();
        for (JsonNode instance : concat(json(base, "/engine-rest/process-instance", "admin"),
                json(base, "/engine-rest/history/process-instance", "admin"))) {
            if (instance.hasNonNull("businessKey")) {
                instances.computeIfAbsent(instance.get("businessKey").asText(), k -> new HashSet<>()).add(instance.get("id").asText());
            }
        }
        Map<Long, JsonNode> outbox = new TreeMap<>();
        for (String status : List.of("PENDING", "SENDING", "SENT", "FAILED")) {
            for (JsonNode entry : json(base, "/api/mail/outbox?status=" + status + "&limit=500", "staff")) {
                outbox.put(entry.get("id").asLong(), entry);
            }
        }
        Map<String, List<JsonNode>> queuedAcknowledgements = new HashMap<>();
        for (JsonNode entry : outbox.values()) {
            if (ACKNOWLEDGEMENT_TEMPLATES.contains(entry.get("template").asText())) {
                queuedAcknowledgements.computeIfAbsent(entry.get("reference").asText(), r -> new ArrayList<>()).add(entry);
            }
        }
        result.deliveredAfterRestart = (int) queuedAcknowledgements.values().stream().flatMap(List::stream)
                .filter(entry -> entry.hasNonNull("sentAt") && entry.hasNonNull("createdAt")
                        && instant(entry.get("createdAt")).isBefore(killedAt) && instant(entry.get("sentAt")).isAfter(killedAt))
                .count();
        if (!drained) {
            long waiting = outbox.values().stream().filter(e -> List.of("PENDING", "SENDING").contains(e.get("status").asText())).count();
            problems.add("the outbox did not deliver within " + OUTBOX_DRAIN_TIMEOUT.toSeconds() + " s after the restart: "
                    + waiting + " message(s) still PENDING or SENDING, e.g. "
                    + outbox.values().stream().filter(e -> List.of("PENDING", "SENDING").contains(e.get("status").asText()))
                    .limit(3).map(e -> e.get("reference").asText() + " " + e.get("status").asText() + " attempts="
                            + e.get("attempts").asText()).toList());
        }

        // 1. what was answered 201 is there, under its own reference
        Map<String, List<Accepted>> acceptedByReference = new TreeMap<>();
        load.accepted().forEach(a -> acceptedByReference.computeIfAbsent(a.reference(), r -> new ArrayList<>()).add(a));
        acceptedByReference.forEach((reference, answers) -> {
            if (answers.size() > 1) {
                problems.add("reference " + reference + " was handed out " + answers.size() + " times: "
                        + answers.stream().map(Accepted::email).toList());
            }
        });
        for (Accepted accepted : load.accepted()) {
            Stored record = stored.get(accepted.reference());
            if (record == null) {
                problems.add("LOST: " + accepted.reference() + " (answered 201 for " + accepted.email() + ") is not there after the restart");
            } else if (!record.email().equalsIgnoreCase(accepted.email())) {
                problems.add("REFERENCE REUSED: " + accepted.reference() + " was answered 201 for " + accepted.email()
                        + " but now belongs to " + record.email());
            } else {
                result.present++;
            }
        }

        // 2. nothing is half-made: each record has its process instance and its queued acknowledgement
        for (Stored record : stored.values()) {
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
        queuedAcknowledgements.keySet().stream().filter(reference -> !stored.containsKey(reference)).sorted()
                .forEach(reference -> problems.add("an acknowledgement is queued for " + reference + ", which is not stored"));

        // 3. exactly one acknowledgement arrived for each (a second copy of the same message is tolerated)
        Map<String, List<MimeMessage>> delivered = awaitDeliveries(stored.keySet());
        for (Stored record : stored.values()) {
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
                result.duplicates += copies.size() - 1;
                if (acceptedByReference.getOrDefault(record.reference(), List.of()).stream()
                        .anyMatch(accepted -> accepted.email().equalsIgnoreCase(record.email()))) {
                    result.acknowledged++;
                }
            }
        }
        delivered.keySet().stream().filter(reference -> !stored.containsKey(reference)).sorted()
                .forEach(reference -> problems.add("ACKNOWLEDGED BUT GONE: an acknowledgement for " + reference
                        + " was sent, the record is not there"));
        return result;
    }

    /** The acknowledgements at the SMTP server by reference, once each stored record has one (bounded). */
    private static Map<String, List<MimeMessage>> awaitDeliveries(Set<String> references) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Map<String, List<MimeMessage>> delivered = new TreeMap<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                Matcher subject = ACKNOWLEDGEMENT.matcher(String.valueOf(message.getSubject()));
                if (subject.matches()) {
                    delivered.computeIfAbsent(subject.group(1), r -> new ArrayList<>()).add(message);
                }
            }
            if (delivered.keySet().containsAll(references) || System.nanoTime() > deadline) {
                return delivered;
            }
            Thread.sleep(250);
        }
    }

    // --- HTTP -----------------------------------------------------------------------------------

    private HttpResponse<String> get(String base, String path, String user, Duration timeout) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<JsonNode> json(String base, String path, String user) throws Exception {
        HttpResponse<String> response = get(base, path, user, Duration.ofSeconds(30));
        assertThat(response.statusCode()).as("GET " + path + " as " + user + ": " + response.body()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        JSON.readTree(response.body()).forEach(list::add);
        return list;
    }

    private static Instant instant(JsonNode value) {
        return value.isNumber()
                ? Instant.ofEpochSecond(0, Math.round(value.asDouble() * 1e9))
                : Instant.parse(value.asText());
    }

    private static List<JsonNode> concat(List<JsonNode> first, List<JsonNode> second) {
        List<JsonNode> all = new ArrayList<>(first);
        all.addAll(second);
        return Collections.unmodifiableList(all);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void printLogTail() {
        if (childLog == null || !Files.exists(childLog)) {
            return;
        }
        try {
            List<String> lines = new String(Files.readAllBytes(childLog), StandardCharsets.UTF_8).lines().toList();
            System.out.println("CRASH TEST: the last lines of the application's output (" + childLog + "):");
            lines.subList(Math.max(0, lines.size() - 150), lines.size()).forEach(System.out::println);
        } catch (IOException e) {
            System.out.println("CRASH TEST: cannot read " + childLog + ": " + e);
        }
    }
}
