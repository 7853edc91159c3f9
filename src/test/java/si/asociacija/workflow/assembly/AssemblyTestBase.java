package si.asociacija.workflow.assembly;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.mail.internal.EmbeddedMailServer;

/** What the assembly tests share: HTTP, JSON, the database, the embedded mail server and a session driver. */
abstract class AssemblyTestBase extends WorkflowTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedMailServer mailServer;

    AssemblySession session() {
        return new AssemblySession(http, json, jdbc, processEngine);
    }

    /** The first mail in {@code recipient}'s mailbox whose subject contains {@code subjectPart}. */
    MimeMessage awaitMail(String recipient, String subjectPart) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(
                        mailServer.greenMail().getReceivedMessagesForDomain(recipient))
                .filter(m -> subject(m).contains(subjectPart)).findFirst().orElse(null), m -> m != null);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
