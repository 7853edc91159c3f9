package si.asociacija.workflow.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The calendar entries queued before attachments were binary become their UTF-8 bytes, backslash
 * escapes and Slovene letters included, on the database the tests run on (H2, or PostgreSQL in its
 * own schema).
 */
class BinaryAttachmentMigrationTest {

    private static final String CALENDAR = "BEGIN:VCALENDAR\r\nLOCATION:Metelkova 6\\, Ljubljana\r\nSUMMARY:Redna skupščina\\; "
            + "čšž\\\\ČŠŽ\r\nEND:VCALENDAR\r\n";

    @Test
    void queuedTextFilesBecomeTheirBytesWithTheirCharset() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        boolean postgres = url != null && url.startsWith("jdbc:postgresql:");
        String schema = postgres ? "v9_" + UUID.randomUUID().toString().substring(0, 8) : "PUBLIC";
        SingleConnectionDataSource database = postgres
                ? new SingleConnectionDataSource(url, System.getenv("SPRING_DATASOURCE_USERNAME"),
                        System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""), true)
                : new SingleConnectionDataSource("jdbc:h2:mem:v9-" + UUID.randomUUID(), "sa", "", true);
        JdbcTemplate jdbc = new JdbcTemplate(database);
        try {
            flyway(database, schema).target("7").load().migrate();
            insert(jdbc, schema, "text/calendar", CALENDAR);
            insert(jdbc, schema, null, null);

            flyway(database, schema).load().migrate();

            byte[] converted = jdbc.queryForObject("select attachment_content from " + schema + ".mail_outbox where attachment_name is not null",
                    byte[].class);
            assertThat(new String(converted, StandardCharsets.UTF_8)).isEqualTo(CALENDAR);
            assertThat(converted).isEqualTo(CALENDAR.getBytes(StandardCharsets.UTF_8));
            assertThat(jdbc.queryForObject("select attachment_type from " + schema + ".mail_outbox where attachment_name is not null",
                    String.class)).isEqualTo("text/calendar; charset=UTF-8");
            assertThat(jdbc.queryForObject("select count(*) from " + schema + ".mail_outbox where attachment_content is null",
                    Integer.class)).isEqualTo(1);
        } finally {
            jdbc.execute(postgres ? "drop schema " + schema + " cascade" : "shutdown");
            database.destroy();
        }
    }

    private static FluentConfiguration flyway(SingleConnectionDataSource database, String schema) {
        return Flyway.configure().dataSource(database).schemas(schema).locations("classpath:db/migration");
    }

    private static void insert(JdbcTemplate jdbc, String schema, String type, String content) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into " + schema + ".mail_outbox (message_id, recipient, template, reference, subject, body, status,"
                + " attempts, next_attempt_at, created_at, version, attachment_name, attachment_type, attachment_content)"
                + " values (?, 'a@example.si', 'assembly-notice', 'SK-2026-01', 'Vabilo', '<p/>', 'PENDING', 0, ?, ?, 0, ?, ?, ?)",
                "<" + UUID.randomUUID() + "@x>", now, now, type == null ? null : "SK-2026-01.ics", type, content);
    }
}
