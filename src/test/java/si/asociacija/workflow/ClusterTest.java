package si.asociacija.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.util.TestSocketUtils;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Two nodes of the application (two JVMs) on one PostgreSQL database, as Camunda's homogeneous cluster:
 * both run the job executor, the mail outbox and the mailbox intake. 500 asynchronous jobs, 220
 * acknowledgements (200 requests through the API, 20 by mail to the assistance mailbox) are each done
 * once, and the first node is stopped while they run: the second finishes all of it. The processes are
 * deployed once. The figures are printed ({@code CLUSTER TEST}).
 */
@EnabledIf("si.asociacija.workflow.ChildApplication#postgres")
class ClusterTest {

    private static final int JOBS = 500;
    private static final int REQUESTS = 200;
    private static final int MAILED_QUESTIONS = 20;
    private static final String MAILBOX = "pomoc@asociacija.local";
    private static final Duration DONE_WITHIN = Duration.ofMinutes(3);

    private static GreenMail mail;
    private static ChildApplication first;
    private static ChildApplication second;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void twoNodesDoEveryJobAndSendEveryMailOnceAndOneFinishesWhenTheOtherStops() throws Exception {
        long started = System.nanoTime();
        mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        mail.setUser(MAILBOX, MAILBOX, MAILBOX);
        String[] node = {
            "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
            "--asociacija.counselling.imap.host=127.0.0.1", "--asociacija.counselling.imap.port=" + mail.getImap().getPort(),
            "--asociacija.counselling.imap.protocol=imap", "--asociacija.counselling.imap.username=" + MAILBOX,
            "--asociacija.counselling.imap.password=" + MAILBOX, "--asociacija.counselling.imap.poll-interval=1000",
            "--asociacija.limits.public-intake.requests=1000000", "--asociacija.mail.outbox.poll-interval=500",
            "--asociacija.cluster.lease=PT10S"};
        first = ChildApplication.start("cluster-node-1", node);
        try {
            first.awaitReady();
            second = first.anotherNode("cluster-node-2", node);
            second.awaitReady();
            long ready = System.nanoTime();

            deployProbe();
            // the jobs wait until all are there, then both nodes set on them at once
            assertThat(put(first, "/engine-rest/job-definition/suspended", "admin",
                    "{\"processDefinitionKey\":\"cluster-probe\",\"suspended\":true,\"includeJobs\":true}").statusCode())
                    .isEqualTo(204);
            for (int i = 0; i < JOBS; i++) {
                ChildApplication to = i % 2 == 0 ? first : second;
                assertThat(post(to, "/engine-rest/process-definition/key/cluster-probe/start", "admin",
                        "{\"businessKey\":\"probe-" + i + "\"}").statusCode()).isEqualTo(200);
            }
            List<String> clients = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String client = "grozd-" + i + "-" + UUID.randomUUID() + "@example.si";
                clients.add(client);
                HttpResponse<String> answer = post(i % 2 == 0 ? first : second, "/api/assistance-requests", null, """
                        {"name":"Samozaposlena %d","email":"%s","topic":"TAXES","message":"Kako obračunam prispevke?",
                         "language":"sl","consent":true}""".formatted(i, client));
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            }
            for (int i = 0; i < MAILED_QUESTIONS; i++) {
                String client = "grozd-posta-" + i + "-" + UUID.randomUUID() + "@example.si";
                clients.add(client);
                mail.getUserManager().getUser(MAILBOX).deliver(question(client, i));
            }

            assertThat(put(second, "/engine-rest/job-definition/suspended", "admin",
                    "{\"processDefinitionKey\":\"cluster-probe\",\"suspended\":false,\"includeJobs\":true}").statusCode())
                    .isEqualTo(204);
            long doneBeforeStop = Awaitility.await().atMost(DONE_WITHIN).pollInterval(Duration.ofMillis(50))
                    .until(this::probesDone, done -> done >= JOBS / 5);
            first.stop();
            long stoppedAt = System.nanoTime();

            Awaitility.await().atMost(DONE_WITHIN).until(this::probesDone, done -> done >= JOBS);
            Awaitility.await().atMost(DONE_WITHIN).until(() -> received(clients).size() == clients.size());
            Thread.sleep(3000); // a mail sent twice would arrive by now

            Map<String, Long> received = received(clients);
            Map<Long, Long> jobsPerNode = query("select long_, count(*) from act_hi_varinst where name_ = 'executedBy' "
                    + "group by long_", rs -> rs.getLong(1), rs -> rs.getLong(2));
            System.out.printf("CLUSTER TEST: %d jobs done (node 1: %d, node 2: %d; %d done when node 1 was stopped), "
                            + "%d mails (%d by the API, %d through the mailbox), each client received %s; "
                            + "cases %d; outbox %s; deployments of each process %s; nodes ready in %.0f s, "
                            + "all done %.0f s after the stop, took %.0f s%n",
                    probesDone(), jobsPerNode.getOrDefault(first.pid(), 0L), jobsPerNode.getOrDefault(second.pid(), 0L),
                    doneBeforeStop, clients.size(), REQUESTS, MAILED_QUESTIONS,
                    received.values().stream().collect(Collectors.groupingBy(n -> n + " mail", TreeMap::new, Collectors.counting())),
                    count("select count(*) from assistance_case"),
                    query("select status, count(*) from mail_outbox group by status", rs -> rs.getString(1), rs -> rs.getLong(2)),
                    query("select key_, count(*) from act_re_procdef group by key_", rs -> rs.getString(1), rs -> rs.getLong(2)),
                    (ready - started) / 1e9, (System.nanoTime() - stoppedAt) / 1e9, (System.nanoTime() - started) / 1e9);

            assertThat(count("select count(*) from (select proc_inst_id_ from act_hi_actinst where act_id_ = 'Task_Probe' "
                    + "and end_time_ is not null group by proc_inst_id_ having count(*) > 1) twice"))
                    .as("jobs done twice").isZero();
            assertThat(jobsPerNode.getOrDefault(first.pid(), 0L)).as("jobs done by the node stopped mid-run").isPositive();
            assertThat(jobsPerNode.getOrDefault(second.pid(), 0L)).as("jobs done by the node that went on").isPositive();
            assertThat(count("select count(*) from act_ru_job where process_def_key_ = 'cluster-probe'")).as("jobs left").isZero();
            assertThat(received.values()).as("mails per client").containsOnly(1L);
            assertThat(count("select count(*) from mail_outbox where status <> 'SENT'")).as("mails not sent").isZero();
            assertThat(count("select count(*) from inbound_mail")).as("mails read from the mailbox").isEqualTo(MAILED_QUESTIONS);
            assertThat(count("select count(*) from assistance_case")).isEqualTo(REQUESTS + MAILED_QUESTIONS);
            assertThat(count("select count(*) from advocacy_case")).as("each draft of the demo's watched samples opened once, "
                    + "though both nodes poll them").isEqualTo(6);
            assertThat(query("select key_, count(*) from act_re_procdef group by key_", rs -> rs.getString(1), rs -> rs.getLong(2)))
                    .as("versions of each process: deployed once though both nodes started").containsOnlyKeys(
                            "advocacy-case", "advocacy-source-failure", "assistance-case", "board-decision", "general-assembly",
                            "member-register-change",
                            "membership-application", "registry-import-failure", "cluster-probe")
                    .allSatisfy((key, versions) -> assertThat(versions).as(key).isEqualTo(1L));
        } catch (Throwable failure) {
            first.failed();
            if (second != null) {
                second.failed();
            }
            throw failure;
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    private void deployProbe() throws Exception {
        String boundary = "----" + UUID.randomUUID();
        byte[] bpmn;
        try (InputStream in = getClass().getResourceAsStream("/cluster/cluster-probe.bpmn")) {
            bpmn = in.readAllBytes();
        }
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\ncluster-probe\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"cluster-probe.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), bpmn, tail);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(first.baseUrl() + "/engine-rest/deployment/create"))
                .header("Authorization", basic("admin")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private HttpResponse<String> post(ChildApplication node, String path, String user, String json) throws Exception {
        return send(node, path, user, "POST", json);
    }

    private HttpResponse<String> put(ChildApplication node, String path, String user, String json) throws Exception {
        return send(node, path, user, "PUT", json);
    }

    private HttpResponse<String> send(ChildApplication node, String path, String user, String method, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static MimeMessage question(String client, int i) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(client));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
        message.setSubject("Vprašanje " + i, "UTF-8");
        message.setText("Kako obdavčim honorar?", "UTF-8");
        message.saveChanges();
        message.setHeader("Message-ID", "<grozd-" + i + "-" + UUID.randomUUID() + "@example.si>");
        return message;
    }

    /** How many mails each of the clients received. */
    private Map<String, Long> received(List<String> clients) {
        return Arrays.stream(mail.getReceivedMessages()).flatMap(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(a -> ((InternetAddress) a).getAddress());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(clients::contains).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private long probesDone() throws Exception {
        return count("select count(*) from act_hi_actinst where act_id_ = 'Task_Probe' and end_time_ is not null");
    }

    private long count(String sql) throws Exception {
        try (Connection connection = (second != null ? second : first).connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private <K, V> Map<K, V> query(String sql, Row<K> key, Row<V> value) throws Exception {
        Map<K, V> rows = new TreeMap<>();
        try (Connection connection = (second != null ? second : first).connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(key.of(rs), value.of(rs));
            }
        }
        return rows;
    }

    private interface Row<T> {
        T of(ResultSet rs) throws Exception;
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
