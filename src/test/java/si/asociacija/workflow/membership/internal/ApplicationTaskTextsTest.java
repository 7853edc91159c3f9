package si.asociacija.workflow.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import si.asociacija.workflow.shared.TestTexts;

/** The staff forms' and the board's application texts, word for word: Slovene and English together. */
class ApplicationTaskTextsTest {

    private final ApplicationTaskTexts taskTexts = new ApplicationTaskTexts(TestTexts.create());

    private static MembershipApplication application() {
        return new MembershipApplication("MA-2026-0003", "token", new ApplicationForm("ORGANISATION", "Zavod Čebela",
                "info@cebela.si", "01 234 56 78", "Metelkova 6, Ljubljana", "1234567", "12345678", "CULTURAL_HERITAGE",
                "Skrbimo za dediščino.", "en", true), Instant.parse("2026-03-02T08:15:00Z"), null);
    }

    @Test
    void summaryWithContactDetailsForStaff() {
        assertThat(taskTexts.summary(application(), true)).isEqualTo("""
                MA-2026-0003 — Zavod Čebela (organizacija / organisation)
                Področje / Field: Kulturna dediščina / Cultural heritage
                Matična številka / Registration no.: 1234567
                Davčna številka / Tax no.: 12345678
                E-pošta / Email: info@cebela.si
                Telefon / Phone: 012345678
                Naslov / Address: Metelkova 6, Ljubljana
                Jezik / Language: en

                Motivacija / Motivation:
                Skrbimo za dediščino.""");
    }

    @Test
    void theBoardsMotionLeavesOutContactDetails() {
        MembershipApplication a = application();
        assertThat(taskTexts.summary(a, false)).isEqualTo("""
                MA-2026-0003 — Zavod Čebela (organizacija / organisation)
                Področje / Field: Kulturna dediščina / Cultural heritage
                Matična številka / Registration no.: 1234567
                Davčna številka / Tax no.: 12345678

                Motivacija / Motivation:
                Skrbimo za dediščino.""");
        assertThat(taskTexts.motionTitle(a)).isEqualTo("Sprejem v članstvo / Admission: Zavod Čebela");
        assertThat(taskTexts.motionText()).isEqualTo("Upravni odbor sprejme prijavitelja v članstvo Asociacije.\n"
                + "The board admits the applicant as a member of Asociacija.");
        assertThat(taskTexts.summaryWithAnswer(a, "Priloga sledi.")).endsWith("""
                Skrbimo za dediščino.

                Dopolnitev prijavitelja / Applicant's answer:
                Priloga sledi.""");
    }
}
