package si.asociacija.workflow.advocacy.internal.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The watched sources read in the shapes they publish (the bundled samples in {@code samples/advocacy}),
 * and a changed layout or a broken file is said, never read as "nothing new".
 */
class SourceFilesTest {

    private static final Path SAMPLES = Path.of("samples", "advocacy");
    private static final String E_UPRAVA = "https://e-uprava.gov.si/si/drzava-in-druzba/e-demokracija/predlogi-predpisov.html";

    @Test
    void eDemokracijaRowsBecomeDraftsWithTheirIdLinkMinistryStageAndDate() throws Exception {
        List<Draft> drafts = EDemokracijaList.parse(Files.readString(SAMPLES.resolve("e-demokracija-kultura.html")), E_UPRAVA);

        assertThat(drafts).extracting(Draft::id)
                .containsExactly("e-demokracija:18841", "e-demokracija:18867", "e-demokracija:18702");
        Draft first = drafts.get(0);
        assertThat(first.title()).startsWith("Predlog Zakona o spremembah in dopolnitvah Zakona o uresničevanju");
        assertThat(first.link()).isEqualTo(
                "https://e-uprava.gov.si/si/drzava-in-druzba/e-demokracija/predlogi-predpisov/predlog-predpisa.html?id=18841");
        assertThat(first.proposer()).isEqualTo("Ministrstvo za kulturo");
        assertThat(first.stage()).isEqualTo("Javna obravnava");
        assertThat(first.summary()).isEqualTo("Zakon");
        assertThat(first.changed()).isEqualTo(LocalDate.of(2026, 11, 14));
        assertThat(drafts.get(1).changed()).as("a date written with spaces").isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void anEmptyPageEndsTheListAndAMissingTableIsAChangedLayout() {
        assertThat(EDemokracijaList.parse("", E_UPRAVA)).isEmpty();
        assertThat(EDemokracijaList.parse("<div id=\"results\"><table class=\"noMarginTable edemokracijaSeznam\"></table></div>", E_UPRAVA))
                .isEmpty();
        assertThatThrownBy(() -> EDemokracijaList.parse("<div id=\"results\"><ul><li>Predlog zakona</li></ul></div>", E_UPRAVA))
                .isInstanceOf(SourceLayoutChanged.class).hasMessageContaining("edemokracijaSeznam");
        assertThatThrownBy(() -> EDemokracijaList.parse(
                "<table class=\"edemokracijaSeznam\"><tr><td><a href=\"/drugo.html\">Predlog</a></td></tr></table>", E_UPRAVA))
                .isInstanceOf(SourceLayoutChanged.class).hasMessageContaining("predlog-predpisa.html");
    }

    @Test
    void theNationalAssemblysOpenBillsWithoutThoseWhoseProcedureEnded() throws Exception {
        List<Draft> bills;
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("PZ.XML"))) {
            bills = NationalAssemblyBills.parse(in);
        }

        assertThat(bills).extracting(Draft::id).containsExactly(
                "dz-pz:PZ10|C12583C9003A1B2DC1258D0A002F1E77", "dz-pz:PZ10|C12583C9003A1B2DC1258D1B00411F02");
        Draft media = bills.get(0);
        assertThat(media.title()).isEqualTo("Zakon o medijih (EPA 1874-IX)");
        assertThat(media.proposer()).isEqualTo("Vlada");
        assertThat(media.stage()).isEqualTo("druga obravnava - MDT");
        assertThat(media.changed()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(media.summary()).isEqualTo("mediji, kultura");
    }

    @Test
    void aBillFileOfAnotherShapeOrBrokenIsSaid() {
        assertThatThrownBy(() -> NationalAssemblyBills.parse(xml("<SZ><PREDPIS/></SZ>")))
                .isInstanceOf(SourceLayoutChanged.class).hasMessageContaining("not PZ");
        assertThatThrownBy(() -> NationalAssemblyBills.parse(xml("<PZ><PREDPIS><KARTICA_PREDPISA><UNID>x</UNID>"
                + "</KARTICA_PREDPISA></PREDPIS></PZ>")))
                .isInstanceOf(SourceLayoutChanged.class).hasMessageContaining("KARTICA_NAZIV");
        assertThatThrownBy(() -> NationalAssemblyBills.parse(xml("<PZ><PREDPIS>")))
                .isInstanceOf(SourceLayoutChanged.class).hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> NationalAssemblyBills.parse(xml(
                "<!DOCTYPE PZ [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><PZ>&x;</PZ>")))
                .as("no DTD, no external entity").isInstanceOf(SourceLayoutChanged.class);
    }

    @Test
    void rssAndAtomItemsWithTheirIdsAndTextOnly() throws Exception {
        List<Draft> rss;
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("obcina-razpisi.rss"))) {
            rss = Feed.parse("primer", in);
        }
        assertThat(rss).extracting(Draft::id).containsExactly("primer:razpis-2027-14", "primer:novica-981");
        assertThat(rss.get(0).summary()).isEqualTo("Rok za oddajo vlog: 15. 1. 2027. Namenjen nevladnim organizacijam v kulturi.");
        assertThat(rss.get(0).changed()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(rss.get(0).deadline()).as("the date after \"rok\"").isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(rss.get(1).deadline()).isNull();
        assertThat(rss.get(0).link()).isEqualTo("https://www.primer.si/razpisi/kultura-2027");

        List<Draft> atom;
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("sklad-pozivi.atom"))) {
            atom = Feed.parse("sklad", in);
        }
        assertThat(atom).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo("sklad:urn:sklad-za-kulturo:poziv-2027-3");
            assertThat(entry.link()).as("the alternate link, not the enclosure").isEqualTo("https://sklad.example.si/pozivi/2027-3");
            assertThat(entry.summary()).isEqualTo("Za samozaposlene v kulturi, rok 20. 12. 2026.");
            assertThat(entry.changed()).isEqualTo(LocalDate.of(2026, 11, 25));
            assertThat(entry.deadline()).isEqualTo(LocalDate.of(2026, 12, 20));
        });

        assertThatThrownBy(() -> Feed.parse("primer", xml("<html><body/></html>")))
                .isInstanceOf(SourceLayoutChanged.class).hasMessageContaining("neither an RSS nor an Atom feed");
        assertThatThrownBy(() -> Feed.parse("primer", xml("<rss><channel><item><description>x</description></item></channel></rss>")))
                .isInstanceOf(SourceLayoutChanged.class).hasMessageContaining("without a title");
    }

    @Test
    void keywordsMatchStemsWithoutCaseOrDiacritics() throws Exception {
        List<Draft> rss;
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("obcina-razpisi.rss"))) {
            rss = Feed.parse("primer", in);
        }
        Keywords culture = new Keywords(List.of("kultur", "samozaposlen", "nevladn", "javni razpis"));

        assertThat(rss).filteredOn(culture::matches).extracting(Draft::id).containsExactly("primer:razpis-2027-14");
        assertThat(new Keywords(List.of("ŠTIPENDIJ")).matches(new Draft("s", "s:1", "Delovne stipendije", null, null, null,
                null, null, null))).isTrue();
        assertThat(new Keywords(List.of())).satisfies(none -> assertThat(none.matches(rss.get(1))).isTrue());
    }

    @Test
    void anItemThatCannotBeReadIsSkippedAndTheOthersCount() {
        assertThat(Feed.parse("primer", xml("<rss><channel><item><description>x</description></item>"
                + "<item><title>Javni razpis</title><guid>r-1</guid></item></channel></rss>")))
                .extracting(Draft::id).containsExactly("primer:r-1");
        assertThat(NationalAssemblyBills.parse(xml("<PZ><PREDPIS><KARTICA_PREDPISA><UNID>x</UNID></KARTICA_PREDPISA></PREDPIS>"
                + "<PREDPIS><KARTICA_PREDPISA><UNID>y</UNID><KARTICA_NAZIV>Zakon</KARTICA_NAZIV></KARTICA_PREDPISA></PREDPIS></PZ>")))
                .extracting(Draft::id).containsExactly("dz-pz:y");
        assertThat(EDemokracijaList.parse("<table class=\"edemokracijaSeznam\"><tr><td><a href=\"/drugo.html\">Predlog</a></td></tr>"
                + "<tr><td><a href=\"/predlog-predpisa.html?id=5\">Predlog uredbe</a></td></tr></table>", E_UPRAVA))
                .extracting(Draft::id).containsExactly("e-demokracija:5");
    }

    private static InputStream xml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
