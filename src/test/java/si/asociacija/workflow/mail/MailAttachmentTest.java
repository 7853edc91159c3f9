package si.asociacija.workflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** An attached file: its bytes as given, compared by content, never changed from outside. */
class MailAttachmentTest {

    @Test
    void aTextFileIsItsUtf8BytesAndSaysSo() {
        MailAttachment file = MailAttachment.text("SK-2026-01.ics", "text/calendar", "LOCATION:Šmartno");

        assertThat(file.contentType()).isEqualTo("text/calendar; charset=UTF-8");
        assertThat(file.content()).isEqualTo("LOCATION:Šmartno".getBytes(StandardCharsets.UTF_8));
        assertThat(file.size()).isEqualTo(17);
    }

    @Test
    void filesWithTheSameBytesAreEqualAndTheirTextDoesNotPrintTheContent() {
        MailAttachment pdf = new MailAttachment("zapisnik.pdf", "application/pdf", new byte[] {37, 80, 68, 70, 0, -1});

        assertThat(pdf).isEqualTo(new MailAttachment("zapisnik.pdf", "application/pdf", new byte[] {37, 80, 68, 70, 0, -1}))
                .hasSameHashCodeAs(new MailAttachment("zapisnik.pdf", "application/pdf", new byte[] {37, 80, 68, 70, 0, -1}))
                .isNotEqualTo(new MailAttachment("zapisnik.pdf", "application/pdf", new byte[] {37, 80, 68, 70, 0, 0}));
        assertThat(pdf).hasToString("MailAttachment[filename=zapisnik.pdf, contentType=application/pdf, size=6]");
    }

    @Test
    void theBytesAreCopiedInAndOut() {
        byte[] bytes = {1, 2, 3};
        MailAttachment file = new MailAttachment("a.bin", "application/octet-stream", bytes);
        bytes[0] = 9;
        file.content()[1] = 9;

        assertThat(file.content()).containsExactly(1, 2, 3);
    }
}
