package si.asociacija.workflow.assembly;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.sun.management.OperatingSystemMXBean;

/**
 * Members on their links, many at once: a number of client threads send one request per member over kept-alive,
 * pooled connections (one HTTP client) and time each request, so that the clients are not what is measured.
 */
final class MemberLinkClients implements AutoCloseable {

    static final OperatingSystemMXBean CPU = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /**
     * One round of requests: when it began and ended, the CPU time this JVM (server, clients, H2 when in memory)
     * spent meanwhile, and each request's latency and answer, by member.
     */
    record Round(long start, long end, long cpu, long[] latencies, List<HttpResponse<String>> responses) {

        double seconds() {
            return (end - start) / 1e9;
        }
    }

    private final int port;
    private final int clients;
    private final ExecutorService threads;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    MemberLinkClients(int port, int clients) {
        this.port = port;
        this.clients = clients;
        this.threads = Executors.newFixedThreadPool(clients);
    }

    /** Every member checks in to take part remotely. */
    Round checkIns(List<String> tokens) throws Exception {
        return round(tokens.size(), i -> link(tokens.get(i), "/check-in").POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Every member votes on {@code item}: member {@code i} with {@code choice.apply(i)}. */
    Round votes(List<String> tokens, int item, IntFunction<String> choice) throws Exception {
        return round(tokens.size(), i -> link(tokens.get(i), "/items/" + item + "/vote").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"choice\": \"" + choice.apply(i) + "\"}")).build());
    }

    private HttpRequest.Builder link(String token, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/assembly/" + token + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
    }

    private Round round(int count, IntFunction<HttpRequest> request) throws Exception {
        long[] latencies = new long[count];
        List<HttpResponse<String>> responses = new ArrayList<>(Collections.nCopies(count, null));
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        long cpu = CPU.getProcessCpuTime();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            running.add(threads.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpRequest r = request.apply(i);
                    long t = System.nanoTime();
                    HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
                    latencies[i] = System.nanoTime() - t;
                    responses.set(i, response);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        return new Round(start, System.nanoTime(), CPU.getProcessCpuTime() - cpu, latencies, responses);
    }

    /** The latency at {@code quantile} (0.5: the median), in milliseconds. */
    static double ms(long[] latencies, double quantile) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))] / 1e6;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
