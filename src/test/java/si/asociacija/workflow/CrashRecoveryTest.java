package si.asociacija.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.TestSocketUtils;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import si.asociacija.workflow.CrashReport.Accepted;

/**
 * Nothing acknowledged is lost: the application runs as a separate JVM on the product's own database
 * (see {@link ChildApplication}), clients post membership applications and assistance requests, the JVM
 * is killed (SIGKILL) in the middle of it and started again. Every request that was answered 201 must
 * then be there, whole (record, process instance, queued acknowledgement), under its own reference,
 * and acknowledged by exactly one mail at a real SMTP server (see {@link CrashReport}). A second copy of
 * the same message (same Message-ID, a crash between the SMTP send and its commit) is tolerated and counted.
 */
class CrashRecoveryTest {

    private static final int CLIENTS = 3;
    private static final int KILL_AFTER_ACCEPTED = 35;
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CLIENTS_KEEP_TRYING = Duration.ofMillis(1500);
    private static final String CLAIM_LEASE = "PT15S";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static GreenMail smtp;
    private static ChildApplication app;

    private final AtomicBoolean stopClients = new AtomicBoolean();
    private final Set<String> registrationNumbers = ConcurrentHashMap.newKeySet();
    private final Set<String> taxNumbers = ConcurrentHashMap.newKeySet();

    private record Load(List<Accepted> accepted, AtomicInteger refused, AtomicInteger lostInFlight,
                        AtomicInteger errorsBeforeKill, Map<Integer, AtomicInteger> otherAnswers) {
    }

    @Test
    void nothingAcknowledgedIsLostWhenTheApplicationIsKilledAndRestarted() throws Exception {
        long testStart = System.nanoTime();
        String database = ChildApplication.postgres() ? "PostgreSQL" : "H2";
        smtp = new GreenMail(new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", "smtp"));
        smtp.start();
        app = ChildApplication.start("crash-test",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--asociacija.mail.outbox.claim-lease=" + CLAIM_LEASE,
                "--asociacija.limits.public-intake.requests=1000000");
        try {
            String base = app.baseUrl();
            long firstStartSeconds = app.awaitReady();

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
            while (load.accepted().size() < KILL_AFTER_ACCEPTED && System.nanoTime() < loadDeadline && app.isAlive()) {
                Thread.sleep(10);
            }
            assertThat(app.isAlive()).as("the application died on its own under load").isTrue();
            Instant killedAt = Instant.now();
            killed.set(true);
            app.kill();
            Thread.sleep(CLIENTS_KEEP_TRYING.toMillis());
            stopClients.set(true);
            for (Thread thread : clients) {
                thread.join(15_000);
                assertThat(thread.isAlive()).as(thread.getName() + " has stopped").isFalse();
            }

            // the same application on the same database again
            app.restart();
            long restartSeconds = app.awaitReady();

            CrashReport result = CrashReport.afterRestart(app, smtp, load.accepted(), killedAt);

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
                    load.errorsBeforeKill().get(), firstStartSeconds, restartSeconds, result.drained, seconds);
            result.problems.stream().limit(40).forEach(p -> System.out.println("CRASH TEST problem: " + p));

            assertThat(load.accepted()).as("requests answered 201 before the kill").hasSizeGreaterThanOrEqualTo(10);
            assertThat(load.refused().get() + load.lostInFlight().get())
                    .as("the clients were still posting when the application was killed").isPositive();
            assertThat(result.problems).as("what was acknowledged and what is there after the crash").isEmpty();
            assertThat(load.otherAnswers().keySet()).as("valid requests answered by a live application").doesNotContain(500);
        } catch (Throwable failure) {
            stopClients.set(true);
            app.failed();
            throw failure;
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (app != null) {
            app.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

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
                    System.out.println("CRASH TEST: " + path + " answered " + response.statusCode() + ": " + response.body());
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
