package si.asociacija.workflow.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import si.asociacija.workflow.ReceivedMail;
import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.mail.MailAttachment;
import si.asociacija.workflow.mail.OutboxEntry;
import si.asociacija.workflow.mail.OutgoingMail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** The transactional outbox against a real SMTP server that goes down and comes back. */
class MailOutboxTest extends WorkflowTest {

    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    OutboxMessageRepository messages;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    CamelContext camelContext;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${asociacija.mail.outbox.max-attempts}")
    int maxAttempts;

    @Test
    void mailIsKeptWhileSmtpIsDownAndDeliveredOnceWhenItIsBack() throws Exception {
        String recipient = TestData.email("izpad");
        String reference = reference();
        mailServer.stop();
        try {
            inTransaction(() -> outbox.enqueue(mail(recipient, reference)));

            await().atMost(Duration.ofSeconds(20)).until(() -> entry(reference).attempts() >= 2);
            OutboxEntry waiting = entry(reference);
            assertThat(waiting.status()).isIn("PENDING", "SENDING");
            assertThat(waiting.lastError()).isNotBlank();
        } finally {
            mailServer.start();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(entry(reference).status()));
        Thread.sleep(1000); // a few more polls: nothing may be sent again
        assertThat(mailServer.greenMail().getReceivedMessagesForDomain(recipient)).hasSize(1);
        assertThat(mailServer.greenMail().getReceivedMessagesForDomain(recipient)[0].getSubject()).contains(reference);
        assertThat(entry(reference).sentAt()).isNotNull();
    }

    @Test
    void rolledBackTransactionSendsNothing() throws Exception {
        String recipient = TestData.email("rollback");
        String reference = reference();

        assertThatThrownBy(() -> inTransaction(() -> {
            outbox.enqueue(mail(recipient, reference));
            throw new IllegalStateException("the change that caused the mail failed");
        })).isInstanceOf(IllegalStateException.class);

        Thread.sleep(1000);
        assertThat(outbox.messagesFor(reference)).isEmpty();
        assertThat(mailServer.greenMail().getReceivedMessagesForDomain(recipient)).isEmpty();
    }

    @Test
    void aBinaryFileOfAMegabyteArrivesByteForByteWithItsContentType() throws Exception {
        String recipient = TestData.email("zapisnik");
        String reference = reference();
        byte[] pdf = new byte[1024 * 1024];
        new Random(7).nextBytes(pdf);
        inTransaction(() -> outbox.enqueue(mail(recipient, reference).with(new MailAttachment("zapisnik.pdf", "application/pdf", pdf))));

        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(entry(reference).status()));
        MimeMessage received = mailServer.greenMail().getReceivedMessagesForDomain(recipient)[0];
        assertThat(received.isMimeType("multipart/alternative")).isTrue();
        assertThat(ReceivedMail.plainText(received)).contains("http://localhost/status/x");
        assertThat(ReceivedMail.html(received)).contains("href=\"http://localhost/status/x\"");
        Part file = ReceivedMail.attachment(received);
        assertThat(file).as("the attached PDF").isNotNull();
        assertThat(file.isMimeType("application/pdf")).isTrue();
        assertThat(file.getFileName()).isEqualTo("zapisnik.pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void mailGoesOutAsHtmlWithAPlainTextPartInUtf8() throws Exception {
        String recipient = TestData.email("besedilo");
        String reference = reference();
        inTransaction(() -> outbox.enqueue(mail(recipient, reference)));

        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(entry(reference).status()));
        MimeMessage received = mailServer.greenMail().getReceivedMessagesForDomain(recipient)[0];
        assertThat(received.isMimeType("multipart/alternative")).isTrue();
        Multipart alternatives = (Multipart) received.getContent();
        assertThat(alternatives.getCount()).isEqualTo(2);
        BodyPart text = alternatives.getBodyPart(0);
        assertThat(text.isMimeType("text/plain")).as("the plain text comes first, the preferred HTML last").isTrue();
        assertThat(text.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(alternatives.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat((String) text.getContent()).contains("Referenčna številka vaše prijave je " + reference)
                .containsPattern("\\Rhttp://localhost/status/x\\R").doesNotContain("<p>").doesNotContain("[" + reference + "]");
        assertThat((String) alternatives.getBodyPart(1).getContent()).contains("<a href=\"http://localhost/status/x\">");
    }

    @Test
    void mailCanOnlyBeQueuedInsideTheTransactionThatCausesIt() {
        assertThatThrownBy(() -> outbox.enqueue(mail(TestData.email("brez"), reference())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void messageWhoseAttemptsRunOutIsFailedWithAnIncidentInCockpitAndCanBeRetried() {
        String reference = reference();
        String instance = processEngine.getRuntimeService().startProcessInstanceByKey("board-decision", reference,
                Map.of("title", "Predlog", "motionText", "Besedilo")).getId();
        // queued with all but the last attempt used up, the next one due tomorrow
        long id = inTransaction(() -> {
            outbox.enqueue(mail(TestData.email("neuspeh"), reference));
            OutboxMessage message = messages.findByReferenceOrderById(reference).get(0);
            for (int i = 1; i < maxAttempts; i++) {
                message.failed("SMTP 451 try later", Instant.now(), maxAttempts, Duration.ofDays(1), Duration.ofDays(1));
            }
            return message.getId();
        });

        Exchange exchange = new DefaultExchange(camelContext);
        exchange.getMessage().setBody(id);
        assertThat(dispatcher.claim(exchange)).isTrue();
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new MessagingException("550 mailbox unavailable"));
        dispatcher.failed(exchange);

        assertThat(entry(reference).status()).isEqualTo("FAILED");
        assertThat(outbox.withStatus("FAILED", 500)).extracting(OutboxEntry::reference).contains(reference);
        Incident incident = processEngine.getRuntimeService().createIncidentQuery().processInstanceId(instance)
                .incidentType("mailDelivery").singleResult();
        assertThat(incident.getIncidentMessage()).contains("Sporočila »application-received«", "550 mailbox unavailable", "/api/mail/outbox/" + id + "/retry");

        inTransaction(() -> {
            outbox.retry(id);
            return null;
        });
        assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(entry(reference).status()));
    }

    @Test
    void aClaimThatExpiredCannotRecordAResult() {
        String reference = reference();
        long id = queuedForTomorrow(TestData.email("pozen"), reference);
        Exchange first = new DefaultExchange(camelContext);
        first.getMessage().setBody(id);
        assertThat(dispatcher.claim(first)).isTrue();
        Exchange second = new DefaultExchange(camelContext);
        second.getMessage().setBody(id);
        assertThat(dispatcher.claim(second)).as("a message is claimed by one node only").isFalse();

        second.setProperty(OutboxDispatcher.OUTBOX_ID, id);
        second.setProperty(OutboxDispatcher.CLAIM_TOKEN, "someone-else");
        dispatcher.sent(second);
        assertThat(entry(reference).status()).isEqualTo("SENDING");
        dispatcher.sent(first);
        assertThat(entry(reference).status()).isEqualTo("SENT");
    }

    @Test
    void theClaimOfANodeThatDiedLapsesAndTheMessageIsSentOnce() {
        String reference = reference();
        String recipient = TestData.email("po-padcu");
        long id = queuedForTomorrow(recipient, reference);
        // as a node leaves it that was killed while sending: claimed, and no longer renewed
        jdbc.update("update mail_outbox set status = 'SENDING', claim_token = 'node-that-died', next_attempt_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), id);

        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(entry(reference).status()));
        assertThat(mailServer.greenMail().getReceivedMessagesForDomain(recipient)).hasSize(1);
    }

    @Test
    void aLiveNodeKeepsItsClaimWhileASendTakesLong() {
        String reference = reference();
        long id = queuedForTomorrow(TestData.email("pocasen"), reference);
        Exchange sending = new DefaultExchange(camelContext);
        sending.getMessage().setBody(id);
        assertThat(dispatcher.claim(sending)).isTrue();
        jdbc.update("update mail_outbox set next_attempt_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), id);

        dispatcher.renewClaims();
        dispatcher.due();
        assertThat(entry(reference).status()).as("renewed, so not taken over").isEqualTo("SENDING");
        dispatcher.sent(sending);
        assertThat(entry(reference).status()).isEqualTo("SENT");
    }

    /** A queued message whose next attempt is a day away, so that the outbox leaves it to the test. */
    private long queuedForTomorrow(String recipient, String reference) {
        return inTransaction(() -> {
            outbox.enqueue(mail(recipient, reference));
            OutboxMessage message = messages.findByReferenceOrderById(reference).get(0);
            message.failed("later", Instant.now(), maxAttempts, Duration.ofDays(1), Duration.ofDays(1));
            return message.getId();
        });
    }

    @Test
    void retriesBackOffExponentiallyUpToTheLimit() {
        OutboxMessage message = new OutboxMessage("<id@x>", "a@b.si", "t", "REF", "s", "b", Instant.now());
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        message.failed("down", now, 10, Duration.ofSeconds(30), Duration.ofMinutes(5));
        assertThat(message.getNextAttemptAt()).isEqualTo(now.plusSeconds(30));
        message.failed("down", now, 10, Duration.ofSeconds(30), Duration.ofMinutes(5));
        assertThat(message.getNextAttemptAt()).isEqualTo(now.plusSeconds(60));
        message.failed("down", now, 10, Duration.ofSeconds(30), Duration.ofMinutes(5));
        assertThat(message.getNextAttemptAt()).isEqualTo(now.plusSeconds(120));
        for (int i = 0; i < 5; i++) {
            message.failed("down", now, 10, Duration.ofSeconds(30), Duration.ofMinutes(5));
        }
        assertThat(message.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(5)));
        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
    }

    @Test
    void everyTemplateRendersInBothLanguagesWithTheReferenceInTheSubject() {
        for (String template : new String[] {"application-received", "application-missing-info",
                "application-missing-info-reminder", "application-withdrawn", "application-board-review",
                "application-approved", "application-rejected", "board-vote-open", "board-vote-reminder",
                "case-received", "case-answer", "case-waiting-reminder", "case-auto-closed", "case-resolved",
                "case-reopened", "case-message-too-large", "case-sla-breach"}) {
            for (String language : new String[] {"sl", "en"}) {
                String reference = reference();
                inTransaction(() -> outbox.enqueue(new OutgoingMail("x@example.si", template, language, reference, Map.ofEntries(
                        Map.entry("reference", reference), Map.entry("name", "Ana"),
                        Map.entry("statusUrl", "http://localhost/status/t"), Map.entry("publicUrl", "http://localhost"),
                        Map.entry("missingInfo", "statut"), Map.entry("membershipNumber", "M-2026-0001"),
                        Map.entry("resolutionNumber", "UO-2026/001"), Map.entry("reason", "razlog"),
                        Map.entry("title", "Predlog"), Map.entry("deadline", "1. 12. 2026"),
                        Map.entry("tasklistUrl", "http://localhost/camunda/app/tasklist/"), Map.entry("answer", "Odgovor"),
                        Map.entry("waitingForClient", true), Map.entry("closesAfterDays", 15), Map.entry("maxSize", "10 MB"),
                        Map.entry("receivedAt", "1. 12. 2026"), Map.entry("dueAt", "3. 12. 2026"),
                        Map.entry("firstResponseDays", 2), Map.entry("reopenDays", 14)))));
                OutboxEntry rendered = entry(reference);
                assertThat(rendered.subject()).as(template + " " + language).startsWith("[" + reference + "] ");
                String body = messages.findById(rendered.id()).orElseThrow().getBody();
                assertThat(body).as(template + " " + language + " greets and signs")
                        .contains("Ana").contains("Asociacija — ").doesNotContain("th:");
            }
        }
    }

    private static OutgoingMail mail(String recipient, String reference) {
        return new OutgoingMail(recipient, "application-received", "sl", reference,
                Map.of("reference", reference, "name", "Test", "statusUrl", "http://localhost/status/x", "publicUrl", "http://localhost"));
    }

    private static String reference() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private OutboxEntry entry(String reference) {
        return outbox.messagesFor(reference).get(0);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }
}
