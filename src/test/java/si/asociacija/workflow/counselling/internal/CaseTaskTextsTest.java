package si.asociacija.workflow.counselling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import si.asociacija.workflow.shared.TestTexts;

/** The staff forms' case texts, word for word: Slovene and English headings together. */
class CaseTaskTextsTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T08:15:00Z");

    private final CaseTaskTexts taskTexts = new CaseTaskTexts(TestTexts.create());

    private static AssistanceCase assistanceCase(String previousReference) {
        return new AssistanceCase("SC-2026-0007", "token", "Maja Kiparka", "maja@example.org", Topic.TAXES, "en",
                "Davki", previousReference, RECEIVED, Instant.parse("2026-03-04T08:15:00Z"),
                Instant.parse("2026-03-30T07:15:00Z"));
    }

    @Test
    void summaryNamesTheTopicAndTheDatesInBothLanguages() {
        assertThat(taskTexts.summary(assistanceCase(null))).isEqualTo("""
                SC-2026-0007 — Maja Kiparka <maja@example.org>
                Področje / Topic: Davki / Taxes
                Prejeto / Received: 2. 3. 2026 09:15
                Prvi odgovor do / First response due: 4. 3. 2026 09:15
                Rešitev do / Resolution due: 30. 3. 2026 09:15""");
        assertThat(taskTexts.summary(assistanceCase("SC-2026-0001")))
                .endsWith("Rešitev do / Resolution due: 30. 3. 2026 09:15\nNadaljuje primer / Continues case SC-2026-0001");
    }

    @Test
    void threadMarksWhoWroteEachMessage() {
        AssistanceCase c = assistanceCase(null);
        CaseMessage question = c.add(new CaseMessage(CaseMessage.Kind.IN, "maja@example.org", "Davki", "Kako?", null, RECEIVED));
        question.attach(new CaseAttachment("odlocba.pdf", "application/pdf", new byte[] {1}));
        c.add(new CaseMessage(CaseMessage.Kind.STATE, null, null, "WAITING_FOR_CLIENT", null, RECEIVED.plusSeconds(60)));
        c.add(new CaseMessage(CaseMessage.Kind.OUT, "ana", null, "Takole.", null, RECEIVED.plusSeconds(120)));
        c.add(new CaseMessage(CaseMessage.Kind.NOTE, "ana", null, "Preveri.", null, RECEIVED.plusSeconds(180)));

        assertThat(taskTexts.thread(c)).isEqualTo("""
                — 2. 3. 2026 09:15 · STRANKA / CLIENT
                Davki
                Kako?
                Priloge / Attachments: odlocba.pdf

                — 2. 3. 2026 09:16 · STANJE / STATE: Čakamo na vaš odgovor

                — 2. 3. 2026 09:17 · ODGOVOR / ANSWER (ana)
                Takole.

                — 2. 3. 2026 09:18 · INTERNO / INTERNAL NOTE (ana)
                Preveri.

                """);
    }
}
