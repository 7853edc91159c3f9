package si.asociacija.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.test.util.TestSocketUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The application as a separate JVM on the product's own database: the default H2 file database in a
 * fresh working directory, or, when {@code SPRING_DATASOURCE_URL} names a PostgreSQL server (the
 * {@code -Ppostgres} run), a fresh database of its own on that server. The JVM gets the tests' class
 * path and a clean environment, writes its output to a log in the working directory, and can be
 * killed with SIGKILL and started again on the same working directory and database. Staff and admin
 * log in with the product's demo password.
 */
public final class ChildApplication implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String label;
    private final String databaseName;
    private final int port = TestSocketUtils.findAvailableTcpPort();
    private final List<String> command;
    private final Path workDir;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final boolean ownsDatabase;
    private String databaseUrl;
    private Process process;
    private boolean killed;
    private boolean failed;

    /**
     * Starts the application (without waiting for it, see {@link #awaitReady()}). The name (e.g.
     * {@code crash-test}) names the working directory, the PostgreSQL database and the lines this class
     * prints; the arguments are added to the application's command line.
     */
    public static ChildApplication start(String name, String... arguments) throws Exception {
        ChildApplication app = new ChildApplication(name, List.of(arguments));
        try {
            app.launch("first start");
        } catch (Exception | Error e) {
            app.close();
            throw e;
        }
        return app;
    }

    private ChildApplication(String name, List<String> arguments) throws Exception {
        this(name, arguments, null);
    }

    private ChildApplication(String name, List<String> arguments, ChildApplication sameDatabase) throws Exception {
        label = name.toUpperCase().replace('-', ' ');
        databaseName = sameDatabase == null ? "asociacija_" + name.replace('-', '_') : sameDatabase.databaseName;
        workDir = Files.createTempDirectory("asociacija-" + name);
        log = workDir.resolve("application.log");
        ownsDatabase = sameDatabase == null;
        if (sameDatabase != null) {
            assertThat(sameDatabase.databaseUrl).as("another node shares a PostgreSQL database").isNotNull();
            databaseUrl = sameDatabase.databaseUrl;
        } else if (postgres()) {
            databaseUrl = createDatabase();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", applicationClassPath(), WorkflowApplication.class.getName(),
                "--server.port=" + port,
                "--asociacija.public-url=http://localhost:" + port));
        command.addAll(arguments);
        this.command = List.copyOf(command);
    }

    /**
     * Another node of the same application on this one's PostgreSQL database (a cluster): its own JVM,
     * port and working directory; started without waiting for it. The first node drops the database.
     */
    public ChildApplication anotherNode(String name, String... arguments) throws Exception {
        ChildApplication node = new ChildApplication(name, List.of(arguments), this);
        try {
            node.launch("first start");
        } catch (Exception | Error e) {
            node.close();
            throw e;
        }
        return node;
    }

    /** The JVM's process id, as the application reports it (e.g. in its node name). */
    public long pid() {
        return process.pid();
    }

    /** A connection to the application's PostgreSQL database. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, System.getenv("SPRING_DATASOURCE_USERNAME"),
                System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
    }

    /** SIGTERM: the application stops gracefully (finishes what it is doing, releases what it holds). */
    public void stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("stopped JVM has ended").isTrue();
    }

    /** Whether the tests run on PostgreSQL ({@code -Ppostgres}) rather than the default H2. */
    public static boolean postgres() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until staff can log in to the product API; returns how many seconds it took. */
    public long awaitReady() throws Exception {
        long start = System.nanoTime();
        long deadline = start + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the application is running (exit code %s)",
                    process.isAlive() ? "" : String.valueOf(process.exitValue())).isTrue();
            try {
                if (get("/api/members", "staff", Duration.ofSeconds(3)).statusCode() == 200) {
                    return Math.round((System.nanoTime() - start) / 1e9);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not become ready within " + READY_TIMEOUT.toSeconds() + " s");
    }

    /** SIGKILL: no shutdown hook, no graceful stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("killed JVM has ended").isTrue();
        if (!System.getProperty("os.name", "").toLowerCase().startsWith("windows")) {
            assertThat(process.exitValue()).as("exit code of a JVM killed by SIGKILL (128 + 9), not a graceful stop")
                    .isEqualTo(137);
        }
        killed = true;
    }

    /** The same application on the same working directory and database again (without waiting for it). */
    public void restart() throws IOException {
        assertThat(process.isAlive()).as("the application has ended before its restart").isFalse();
        launch(killed ? "restart after kill -9" : "restart");
    }

    /** The elements of the JSON array at the path, asserting 200. */
    public List<JsonNode> json(String path, String user) throws Exception {
        HttpResponse<String> response = get(path, user, Duration.ofSeconds(30));
        assertThat(response.statusCode()).as("GET " + path + " as " + user + ": " + response.body()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        JSON.readTree(response.body()).forEach(list::add);
        return list;
    }

    /** Prints the tail of the application's output; {@link #close()} then keeps the working directory. */
    public void failed() {
        failed = true;
        if (!Files.exists(log)) {
            return;
        }
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            System.out.println(label + ": the last lines of the application's output (" + log + "):");
            lines.subList(Math.max(0, lines.size() - 150), lines.size()).forEach(System.out::println);
        } catch (IOException e) {
            System.out.println(label + ": cannot read " + log + ": " + e);
        }
    }

    /** Kills the JVM if it still runs, drops its PostgreSQL database and deletes its working directory. */
    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
        if (databaseUrl != null && ownsDatabase) {
            dropDatabase();
        }
        if (failed) {
            System.out.println(label + ": the application's working directory and log are kept in " + workDir);
        } else {
            try (Stream<Path> files = Files.walk(workDir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private HttpResponse<String> get(String path, String user, Duration timeout) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(timeout)
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void launch(String what) throws IOException {
        Files.writeString(log, "\n===== " + label + ": " + what + " =====\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        // the product's defaults, not whatever configures this JVM
        environment.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("ASOCIACIJA_")
                || name.startsWith("CAMUNDA_") || name.startsWith("SERVER_") || name.equals("DEMO_PASSWORD"));
        if (databaseUrl != null) {
            environment.put("SPRING_DATASOURCE_URL", databaseUrl);
            environment.put("SPRING_DATASOURCE_USERNAME", System.getenv("SPRING_DATASOURCE_USERNAME"));
            environment.put("SPRING_DATASOURCE_PASSWORD", System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
        }
        killed = false;
        process = builder.start();
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

    /** The suite's database server, with a database of our own: other contexts of the test JVM use the suite's. */
    private String createDatabase() throws Exception {
        Matcher url = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?$").matcher(System.getenv("SPRING_DATASOURCE_URL"));
        assertThat(url.matches()).as("SPRING_DATASOURCE_URL names a PostgreSQL database").isTrue();
        dropDatabase();
        try (Connection connection = adminConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE " + databaseName);
        }
        return url.group(1) + databaseName + (url.group(3) == null ? "" : url.group(3));
    }

    /** Also when a killed run left connections behind (FORCE needs PostgreSQL 13). */
    private void dropDatabase() throws Exception {
        try (Connection connection = adminConnection(); Statement sql = connection.createStatement()) {
            try {
                sql.execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
            } catch (SQLException olderServer) {
                sql.execute("DROP DATABASE IF EXISTS " + databaseName);
            }
        }
    }

    private static Connection adminConnection() throws Exception {
        return DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"), System.getenv("SPRING_DATASOURCE_USERNAME"),
                System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
    }
}
