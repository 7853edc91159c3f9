package si.asociacija.workflow.counselling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.store.MailFolder;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import si.asociacija.workflow.ReceivedMail;
import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.mail.internal.EmbeddedMailServer;

/**
 * Email intake as clients use it: real SMTP into the assistance mailbox of the embedded mail server,
 * the IMAP route reading it, and the answers arriving in the client's own mailbox.
 */
class AssistanceMailEndToEndTest extends WorkflowTest {

    private static final String MAILBOX = "pomoc@asociacija.local";

    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void mailBecomesACaseAndRepliesThreadOntoItBySubjectAndByInReplyTo() throws Exception {
        String client = TestData.email("ana");
        send(message(client, "Prispevki za socialno varnost", "Ali sem upravičena do plačila prispevkov?"));

        MimeMessage ack = awaitMail(client, "Prejeli smo vaše vprašanje");
        String reference = ack.getSubject().substring(1, ack.getSubject().indexOf(']'));
        assertThat(reference).matches("SC-\\d{4}-\\d{4}");
        assertThat(ack.getHeader("Reply-To")[0]).isEqualTo(MAILBOX);
        assertThat(ack.getHeader("Auto-Submitted")[0]).as("auto-responders must not answer it").isEqualTo("auto-generated");
        assertThat(cases(client)).singleElement().satisfies(c -> {
            assertThat(c.get("topic").asText()).isEqualTo("OTHER");
            assertThat(c.get("clientMessages").asInt()).isEqualTo(1);
        });

        send(message(client, "Re: [" + reference + "] Prejeli smo vaše vprašanje", "Dodajam: sem v razvidu od 2019."));
        await().atMost(Duration.ofSeconds(15)).until(() -> cases(client).get(0).get("clientMessages").asInt() == 2);

        MimeMessage byHeader = message(client, "Še ena stvar", "Pozabila sem omeniti pogodbo.");
        byHeader.setHeader("In-Reply-To", ack.getMessageID());
        send(byHeader);
        await().atMost(Duration.ofSeconds(15)).until(() -> cases(client).get(0).get("clientMessages").asInt() == 3);
        assertThat(cases(client)).hasSize(1);

        var imap = mailServer.greenMail().getManagers().getImapHostManager();
        var mailbox = mailServer.greenMail().getUserManager().getUser(MAILBOX);
        await().atMost(Duration.ofSeconds(10)).until(() -> imap.getInbox(mailbox).getMessageCount() == 0);
        assertThat(imap.getFolder(mailbox, "Processed").getMessages())
                .as("handled mail is moved to Processed").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void counsellorAnswersInTasklistAndTheClientReceivesAThreadedAnswerThenReopensByReplying() throws Exception {
        String client = TestData.email("vesna");
        String questionSubject = "Avtorska pogodba " + UUID.randomUUID();
        send(message(client, questionSubject, "Kako sestavim avtorsko pogodbo?"));
        MimeMessage ack = awaitMail(client, "Prejeli smo vaše vprašanje");
        String reference = ack.getSubject().substring(1, ack.getSubject().indexOf(']'));

        String triage = task("staff", reference);
        assertThat(complete("staff", triage, """
                {"variables":{"triageDecision":{"value":"ASSIGN"},"topic":{"value":"CONTRACTS_COPYRIGHT"},
                 "priority":{"value":"NORMAL"},"counsellor":{"value":"counsellor1"}}}""")).isEqualTo(204);
        assertThat(json.readTree(http.withBasicAuth("counsellor2", "demo")
                .getForEntity("/engine-rest/task?processInstanceBusinessKey=" + reference, String.class).getBody()))
                .as("another counsellor does not see the case").isEmpty();
        String work = task("counsellor1", reference);
        assertThat(complete("counsellor1", work, """
                {"variables":{"answer":{"value":"Pošiljam vzorec pogodbe."},"nextState":{"value":"RESOLVED"}}}"""))
                .isEqualTo(204);

        MimeMessage answer = awaitMail(client, reference + "] Odgovor na vaše vprašanje");
        String questionId = Arrays.stream(mailServer.greenMail().getReceivedMessagesForDomain(MAILBOX))
                .filter(m -> questionSubject.equals(subject(m))).findFirst().orElseThrow().getMessageID();
        assertThat(answer.getHeader("In-Reply-To")[0]).as("threaded onto the client's question").isEqualTo(questionId);
        assertThat(ReceivedMail.html(answer)).contains("Pošiljam vzorec pogodbe.");
        assertThat(answer.getHeader("Auto-Submitted")).as("a counsellor's answer is a person's mail").isNull();
        awaitMail(client, reference + "] Vaša zadeva je rešena");

        send(message(client, "Re: [" + reference + "] Odgovor na vaše vprašanje", "Hvala, še eno vprašanje."));
        awaitMail(client, reference + "] Vaša zadeva je znova odprta");
        assertThat(cases(client)).singleElement().satisfies(c -> assertThat(c.get("status").asText()).isEqualTo("IN_PROGRESS"));
    }

    @Test
    void aReplyAfterTheReopenWindowOpensANewCaseThatRefersToTheOldOne() throws Exception {
        String client = TestData.email("pozno");
        send(message(client, "Razvid", "Kako se vpišem v razvid?"));
        MimeMessage ack = awaitMail(client, "Prejeli smo vaše vprašanje");
        String reference = ack.getSubject().substring(1, ack.getSubject().indexOf(']'));
        complete("staff", task("staff", reference), """
                {"variables":{"triageDecision":{"value":"ASSIGN"},"topic":{"value":"SELF_EMPLOYED_REGISTER"},
                 "priority":{"value":"LOW"},"counsellor":{"value":"counsellor2"}}}""");
        complete("counsellor2", task("counsellor2", reference), """
                {"variables":{"answer":{"value":"Vloga je na spletni strani ministrstva."},"nextState":{"value":"RESOLVED"}}}""");
        String instance = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(reference).singleResult().getId();
        processEngine.getManagementService().executeJob(processEngine.getManagementService().createJobQuery()
                .processInstanceId(instance).activityId("Timer_ReopenWindowOver").singleResult().getId());

        send(message(client, "Re: [" + reference + "] Vaša zadeva je rešena", "Čez tri tedne: še vprašanje."));

        await().atMost(Duration.ofSeconds(15)).until(() -> cases(client).size() == 2);
        JsonNode followUp = cases(client).get(0);
        assertThat(followUp.get("previousReference").asText()).isEqualTo(reference);
        awaitMail(client, followUp.get("reference").asText() + "] Prejeli smo vaše vprašanje");
    }

    @Test
    void automaticRepliesStartNoMailLoop() throws Exception {
        String client = TestData.email("odsoten");
        MimeMessage outOfOffice = message(client, "Odsotnost: vaše vprašanje", "Sem na dopustu.");
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        send(outOfOffice);
        MimeMessage bulk = message(client, "Novice", "Mesečne novice.");
        bulk.setHeader("Precedence", "bulk");
        send(bulk);
        send(message("MAILER-DAEMON@example.si", "Undelivered Mail Returned to Sender", "bounce"));

        await().atMost(Duration.ofSeconds(15)).until(() -> inbound("IGNORED_AUTOMATIC").stream()
                .filter(m -> m.get("subject").asText().equals("Novice") || m.get("subject").asText().startsWith("Odsotnost"))
                .count() == 2);
        Thread.sleep(1000);
        assertThat(cases(client)).isEmpty();
        assertThat(mailServer.greenMail().getReceivedMessagesForDomain(client)).isEmpty();
    }

    @Test
    void anAddressOpeningCaseAfterCaseStopsGettingAcknowledgements() throws Exception {
        String looping = TestData.email("zanka");
        for (int i = 1; i <= 7; i++) {
            send(message(looping, "Samodejni odgovor " + i, "To je samodejni odgovor brez glav."));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> cases(looping).size() == 7);
        Thread.sleep(1000);
        assertThat(mailServer.greenMail().getReceivedMessagesForDomain(looping)).hasSize(5);
    }

    @Test
    void theSameMessageDeliveredTwiceMakesOneCase() throws Exception {
        String client = TestData.email("dvakrat");
        MimeMessage message = message(client, "Davki", "Kako obdavčim honorar?");
        message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@example.si>");
        message.saveChanges();
        message.setHeader("Message-ID", "<fixed-" + UUID.randomUUID() + "@example.si>");
        byte[] raw = raw(message);
        mailServer.greenMail().getUserManager().getUser(MAILBOX).deliver(new MimeMessage(null, new ByteArrayInputStream(raw)));
        mailServer.greenMail().getUserManager().getUser(MAILBOX).deliver(new MimeMessage(null, new ByteArrayInputStream(raw)));

        awaitMail(client, "Prejeli smo vaše vprašanje");
        Thread.sleep(1500);
        assertThat(cases(client)).hasSize(1);
        assertThat(mailServer.greenMail().getReceivedMessagesForDomain(client)).hasSize(1);
    }

    @Test
    void anOversizedMessageGetsAReplySayingWhy() throws Exception {
        String client = TestData.email("velik");
        send(withAttachment(client, "Pogodba v prilogi", "Prosim za pregled.", "pogodba.pdf", new byte[300 * 1024]));

        MimeMessage refusal = awaitMail(client, "preveliko");
        assertThat(ReceivedMail.html(refusal)).contains("MB");
        assertThat(cases(client)).isEmpty();
    }

    @Test
    void attachmentsWithinTheLimitAreStoredWithTheCase() throws Exception {
        String client = TestData.email("priloga");
        send(withAttachment(client, "Odločba", "Odločba je v prilogi.", "odlocba.pdf",
                "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)));

        awaitMail(client, "Prejeli smo vaše vprašanje");
        JsonNode stored = cases(client).get(0);
        assertThat(stored.get("attachments")).hasSize(1);
        assertThat(stored.get("attachments").get(0).get("filename").asText()).isEqualTo("odlocba.pdf");
        String attachmentPath = "/api/assistance-cases/" + stored.get("reference").asText() + "/attachments/"
                + stored.get("attachments").get(0).get("id").asLong();
        assertThat(http.withBasicAuth("counsellor1", "demo").getForEntity(attachmentPath, String.class).getStatusCode().value())
                .as("a counsellor sees only the cases assigned to them").isEqualTo(404);
        byte[] content = http.withBasicAuth("staff", "demo").getForEntity("/api/assistance-cases/"
                + stored.get("reference").asText() + "/attachments/" + stored.get("attachments").get(0).get("id").asLong(),
                byte[].class).getBody();
        assertThat(new String(content, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 test");
    }

    @Test
    void aMalformedMessageIsSetAsideAndDoesNotBlockTheNextOne() throws Exception {
        String broken = TestData.email("pokvarjen");
        String raw = "From: " + broken + "\r\nTo: " + MAILBOX + "\r\nSubject: Pokvarjeno\r\nMessage-ID: <broken-"
                + UUID.randomUUID() + "@example.si>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed\r\n\r\nno boundary parameter, no parts\r\n";
        mailServer.greenMail().getUserManager().getUser(MAILBOX)
                .deliver(new MimeMessage(null, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII))));
        String client = TestData.email("naslednji");
        send(message(client, "Razpis", "Kdaj je rok za razpis?"));

        awaitMail(client, "Prejeli smo vaše vprašanje");
        await().atMost(Duration.ofSeconds(15)).until(() -> inbound("MALFORMED").stream()
                .anyMatch(m -> m.get("messageId").asText().startsWith("<broken-")));
        assertThat(cases(broken)).isEmpty();
    }

    @Test
    void aMessageWhoseSenderCannotBeReadIsSetAsideOnceAndLeavesTheInbox() throws Exception {
        String id = "<poison-" + UUID.randomUUID() + "@example.si>";
        String raw = "From: \"poison@example.si\r\nTo: " + MAILBOX + "\r\nSubject: Vprasanje\r\n"
                + "Message-ID: " + id + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nPozdravljeni\r\n";
        // over SMTP, as a mail client would send it
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(mailServer.greenMail().getSmtp().getPort()));
        properties.put("mail.smtp.from", "poison@example.si");
        Transport.send(new MimeMessage(Session.getInstance(properties),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII))) {
            @Override
            protected void updateMessageID() {
                // keep the Message-ID as written
            }
        }, new Address[] {new InternetAddress(MAILBOX)});
        String client = TestData.email("za-strupom");
        send(message(client, "Pogodba", "Ali mi lahko pregledate pogodbo?"));

        awaitMail(client, "Prejeli smo vaše vprašanje");
        var imap = mailServer.greenMail().getManagers().getImapHostManager();
        var mailbox = mailServer.greenMail().getUserManager().getUser(MAILBOX);
        await().atMost(Duration.ofSeconds(15)).until(() -> copiesIn(imap.getFolder(mailbox, "Malformed"), id) == 1);
        Thread.sleep(2000); // several polls of the mailbox
        assertThat(copiesIn(imap.getFolder(mailbox, "Malformed"), id)).as("set aside once, never copied again").isEqualTo(1);
        assertThat(copiesIn(imap.getInbox(mailbox), id)).as("no longer in the inbox").isZero();
        assertThat(inbound("MALFORMED").stream().filter(m -> m.get("messageId").asText().equals(id))).hasSize(1);
    }

    private static long copiesIn(MailFolder folder, String messageId) {
        return folder.getMessages().stream().filter(m -> !m.isSet(Flags.Flag.DELETED)).filter(m -> {
            try {
                return messageId.equals(m.getMimeMessage().getMessageID());
            } catch (MessagingException e) {
                return false;
            }
        }).count();
    }

    private String task(String user, String reference) throws Exception {
        return await().atMost(Duration.ofSeconds(10)).until(() -> json.readTree(http.withBasicAuth(user, "demo")
                .getForEntity("/engine-rest/task?processInstanceBusinessKey=" + reference, String.class).getBody()),
                tasks -> tasks.size() == 1).get(0).get("id").asText();
    }

    private int complete(String user, String taskId, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/complete",
                HttpMethod.POST, new HttpEntity<>(body, headers), String.class)
                .getStatusCode().value();
    }

    private MimeMessage message(String from, String subject, String body) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from, "Stranka"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        return message;
    }

    private MimeMessage withAttachment(String from, String subject, String body, String filename, byte[] content)
            throws Exception {
        MimeMessage message = message(from, subject, body);
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setFileName(filename);
        attachment.setContent(content, "application/pdf");
        parts.addBodyPart(text);
        parts.addBodyPart(attachment);
        message.setContent(parts);
        return message;
    }

    private void send(MimeMessage message) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(mailServer.greenMail().getSmtp().getPort()));
        Session session = Session.getInstance(properties);
        MimeMessage copy = new MimeMessage(session, new ByteArrayInputStream(raw(message)));
        Transport.send(copy);
    }

    private static byte[] raw(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private List<JsonNode> cases(String email) throws Exception {
        JsonNode list = json.readTree(http.withBasicAuth("staff", "demo")
                .getForEntity("/api/assistance-cases?email=" + email, String.class).getBody());
        return StreamSupport.stream(list.spliterator(), false).toList();
    }

    private List<JsonNode> inbound(String outcome) throws Exception {
        JsonNode list = json.readTree(http.withBasicAuth("staff", "demo")
                .getForEntity("/api/inbound-mail?outcome=" + outcome, String.class).getBody());
        return StreamSupport.stream(list.spliterator(), false).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return null;
        }
    }

    private MimeMessage awaitMail(String recipient, String subjectPart) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(
                        mailServer.greenMail().getReceivedMessagesForDomain(recipient))
                .filter(m -> {
                    try {
                        return m.getSubject().contains(subjectPart);
                    } catch (MessagingException e) {
                        return false;
                    }
                }).findFirst().orElse(null), m -> m != null);
    }
}
