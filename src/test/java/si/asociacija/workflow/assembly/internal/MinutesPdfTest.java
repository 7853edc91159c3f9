package si.asociacija.workflow.assembly.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import si.asociacija.workflow.shared.TestTexts;

/** The minutes as members receive them: rendered to PDF and read back. */
class MinutesPdfTest {

    private static final LocalDateTime STARTS_AT = LocalDateTime.of(2026, 3, 14, 17, 0);

    private final MinutesPdf pdf = new MinutesPdf(TestTexts.create());

    @Test
    void aQuorateAssemblyWithANamedResolutionListsHowEachMemberVoted() throws IOException {
        Minutes.Item resolution = new Minutes.Item(1, "Letno poročilo 2025", "Poročilo o delu s priloženim izkazom.", "RESOLUTION",
                "NAMED", 0, 3, new Minutes.Result(2, 1, 0, "ADOPTED", false, List.of(), List.of(
                new Minutes.Vote("M-2026-0001", "Živa Čebašek", "FOR"),
                new Minutes.Vote("M-2026-0002", "Žan Šuštar", "FOR"),
                new Minutes.Vote("M-2026-0003", "Bojan Kos", "AGAINST")), List.of()));

        String text = text(pdf.render(minutes(null, List.of(), resolution)));

        assertThat(text).contains("Asociacija").contains("Zapisnik skupščine").contains("Številka: SK-2026-01")
                .contains("Redna skupščina").contains("Sklicana za: 14. 3. 2026 ob 17:00")
                .contains("Kraj: Metelkova 6, Ljubljana").contains("Članom je bilo omogočeno glasovanje na daljavo.")
                .contains("Skupščina se je začela 14. 3. 2026 ob 17:05.").doesNotContain("preložen")
                .contains("Predsedujoči/-a: Ana Novak").contains("Zapisnikar/-ka: Cene Zupan")
                .contains("Overovatelja: Živa Čebašek, Žan Šuštar")
                .contains("Članov z glasovalno pravico: 5").contains("Navzočih na seji: 2").contains("Navzočih na daljavo: 1")
                .contains("Zastopanih po pooblaščencu: 0").contains("Skupščina je sklepčna.")
                .contains("1. Letno poročilo 2025").contains("Poročilo o delu s priloženim izkazom.").contains("Sklep, javno glasovanje")
                .contains("Glasovalo je članov: 3").contains("ZA: 2, PROTI: 1, VZDRŽANI: 0").contains("Izid: SPREJET")
                .contains("Kako so glasovali člani").contains("M-2026-0003 Bojan Kos PROTI")
                .contains("M-2026-0002 Žan Šuštar ZA").contains("Podpisi").contains("Overovatelj/-ica")
                .contains("č").contains("š").contains("ž").contains("Č").contains("Š").contains("Ž");
    }

    @Test
    void aSecretStatuteChangeShowsTheCountsButNoNames() throws IOException {
        Minutes.Item statute = new Minutes.Item(2, "Sprememba 12. člena statuta", null, "STATUTE_CHANGE", "SECRET", 0, 3,
                new Minutes.Result(1, 1, 1, "REJECTED", true, List.of(), List.of(), List.of()));

        String text = text(pdf.render(minutes(null, List.of(), statute)));

        assertThat(text).contains("2. Sprememba 12. člena statuta").contains("Sprememba statuta, tajno glasovanje")
                .contains("ZA: 1, PROTI: 1, VZDRŽANI: 1").contains("Glasov ZA in PROTI je enako.")
                .contains("Izid: ZAVRNJEN").doesNotContain("Kako so glasovali člani");
    }

    @Test
    void anElectionWithATieFlagsTheTiedCandidates() throws IOException {
        Minutes.Item election = new Minutes.Item(3, "Volitve v upravni odbor", null, "ELECTION", "SECRET", 2, 3,
                new Minutes.Result(0, 0, 0, "REJECTED", true, List.of("Ana Novak"), List.of(), List.of(
                        new Minutes.CandidateCount("Ana Novak", 3), new Minutes.CandidateCount("Žan Šuštar", 2),
                        new Minutes.CandidateCount("Bojan Kos", 2), new Minutes.CandidateCount("Cene Zupan", 1))));

        String text = text(pdf.render(minutes(null, List.of(), election)));

        assertThat(text).contains("3. Volitve v upravni odbor").contains("Volitve, tajno glasovanje").contains("Število mest: 2")
                .contains("Ana Novak 3 izvoljen/-a").contains("Žan Šuštar 2 neodločeno").contains("Bojan Kos 2 neodločeno")
                .contains("Izvoljeni: Ana Novak").contains("Neodločeno: več kandidatov ima za naslednje mesto enako število glasov")
                .contains("Izid: ZAVRNJEN").doesNotContain("Cene Zupan 1 neodločeno");
    }

    @Test
    void anInformationItemIsNotVotedOn() throws IOException {
        Minutes.Item information = new Minutes.Item(4, "Informacija o razpisih", "Pregled razpisov.", "INFORMATION", "NAMED", 0,
                0, null);

        String text = text(pdf.render(minutes(null, List.of(), information)));

        assertThat(text).contains("4. Informacija o razpisih").contains("Pregled razpisov.").contains("Informacija")
                .contains("O informaciji se ne glasuje.").doesNotContain("Izid:").doesNotContain("Glasovalo je");
    }

    @Test
    void aPostponedStartAndTheProxiesAreRecorded() throws IOException {
        List<Minutes.Proxy> proxies = List.of(new Minutes.Proxy("M-2026-0004", "Zavod Šentjur", "M-2026-0001", "Živa Čebašek"),
                new Minutes.Proxy("M-2026-0005", "Društvo Žalec", "M-2026-0002", "Žan Šuštar"));

        String text = text(pdf.render(minutes(STARTS_AT.plusMinutes(30), proxies, new Minutes.Item(1, "Poročilo", null,
                "RESOLUTION", "SECRET", 0, 5, new Minutes.Result(5, 0, 0, "ADOPTED", false, List.of(), List.of(), List.of())))));

        assertThat(text).contains("Skupščina ob napovedani uri ni bila sklepčna; začetek je bil preložen na 14. 3. 2026 ob 17:30.")
                .contains("Zastopanih po pooblaščencu: 2").contains("Skupaj navzočih in zastopanih: 5").contains("Pooblastila")
                .contains("M-2026-0004 Zavod Šentjur M-2026-0001 Živa Čebašek")
                .contains("M-2026-0005 Društvo Žalec M-2026-0002 Žan Šuštar").contains("ZA: 5, PROTI: 0, VZDRŽANI: 0");
    }

    @Test
    void theSloveneLettersAreDrawnWithAnEmbeddedFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(minutes(null, List.of())))) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSans");
            }
            assertThat(resources.getFontNames()).isNotEmpty();
        }
    }

    @Test
    void anAssemblyOfFourHundredMembersWithThreeNamedBallotsRenders() throws IOException {
        List<Minutes.Attendee> attendees = IntStream.rangeClosed(1, 400)
                .mapToObj(i -> new Minutes.Attendee(number(i), "Član Žužek " + i, i % 3 == 0 ? "REMOTE" : "IN_PERSON")).toList();
        List<Minutes.Item> items = new ArrayList<>();
        for (int item = 1; item <= 3; item++) {
            List<Minutes.Vote> votes = IntStream.rangeClosed(1, 400)
                    .mapToObj(i -> new Minutes.Vote(number(i), "Član Žužek " + i, i % 4 == 0 ? "AGAINST" : "FOR")).toList();
            items.add(new Minutes.Item(item, "Sklep št. " + item, null, "RESOLUTION", "NAMED", 0, 400,
                    new Minutes.Result(300, 100, 0, "ADOPTED", false, List.of(), votes, List.of())));
        }
        Minutes large = new Minutes("SK-2026-02", "Izredna skupščina", STARTS_AT, "Ljubljana", true, STARTS_AT, null, true,
                "Ana Novak", "Cene Zupan", List.of("Živa Čebašek", "Žan Šuštar"), 450, attendees, List.of(), items);

        byte[] rendered = pdf.render(large);

        try (PDDocument document = Loader.loadPDF(rendered)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(20);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Članov z glasovalno pravico: 450").contains("Navzočih na daljavo: 133")
                    .contains("M-2026-0400 Član Žužek 400 na seji").contains("3. Sklep št. 3")
                    .contains("M-2026-0400 Član Žužek 400 PROTI").contains("Overovatelj/-ica");
        }
    }

    private static Minutes minutes(LocalDateTime postponedUntil, List<Minutes.Proxy> proxies, Minutes.Item... items) {
        List<Minutes.Attendee> attendees = List.of(new Minutes.Attendee("M-2026-0001", "Živa Čebašek", "IN_PERSON"),
                new Minutes.Attendee("M-2026-0002", "Žan Šuštar", "REMOTE"),
                new Minutes.Attendee("M-2026-0003", "Bojan Kos", "IN_PERSON"));
        LocalDateTime opened = postponedUntil != null ? postponedUntil : STARTS_AT.plusMinutes(5);
        return new Minutes("SK-2026-01", "Redna skupščina", STARTS_AT, "Metelkova 6, Ljubljana", true, opened, postponedUntil,
                true, "Ana Novak", "Cene Zupan", List.of("Živa Čebašek", "Žan Šuštar"), 5, attendees, proxies, List.of(items));
    }

    private static String number(int i) {
        return "M-2026-%04d".formatted(i);
    }

    /** The document's text with every run of white space as one space (table cells become words in a row). */
    private static String text(byte[] rendered) throws IOException {
        assertThat(new String(rendered, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(rendered)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
