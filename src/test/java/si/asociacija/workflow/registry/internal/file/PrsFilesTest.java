package si.asociacija.workflow.registry.internal.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrsFilesTest {

    private static final String UNIT = "5000157000";

    @Test
    void readsCsvInUtf16WithByteOrderMarkFieldByField() {
        CollectedRows read = readCsv(RegisterLines.CSV_HEADER
                + "\"" + UNIT + "\",\"ZAVOD \"\"ŽIVA DEDIŠČINA\"\", LJUBLJANA\",\"100400000155896552\",\"Zasebni zavod\","
                + "\"AJPES, izpostava Ljubljana\",\"Trubarjeva cesta\",\"1\",\"  \",\"Ljubljana\",\"1000 \",\"Ljubljana\","
                + "\"SLOVENIJA\"\r\n");

        assertThat(read.rejected).isEmpty();
        assertThat(read.rows).containsExactly(new OrganisationRow(UNIT, "ZAVOD \"ŽIVA DEDIŠČINA\", LJUBLJANA",
                "Zasebni zavod", "AJPES, izpostava Ljubljana", "Trubarjeva cesta", "1", null, "Ljubljana", "1000",
                "Ljubljana", "SLOVENIJA"));
    }

    @Test
    void readsGeneratedCsvAndCountsItsBadLines() {
        RegisterFileGenerator file = new RegisterFileGenerator(1_000).withBadRows(4);

        CollectedRows read = CollectedRows.read(RegisterSource.PRS, "opsiprs.csv", file.prsCsv());

        assertThat(read.rows).hasSize(996);
        assertThat(read.rejected).hasSize(4).allSatisfy((line, reason) -> {
            assertThat(file.isBad((int) (line - 2))).isTrue();
            assertThat(reason).contains("check digit");
        });
        assertThat(read.rows.get(0)).isEqualTo(SampleRecords.organisation(0));
        assertThat(read.rows.get(999 - 4)).isEqualTo(SampleRecords.organisation(999));
    }

    @Test
    void refusesCsvLineWithAnotherNumberOfColumns() {
        CollectedRows read = readCsv(RegisterLines.CSV_HEADER + RegisterLines.csv(SampleRecords.organisation(1))
                + "\"" + UNIT + "\",\"KRAJŠA VRSTICA\"\r\n");

        assertThat(read.rows).containsExactly(SampleRecords.organisation(1));
        assertThat(read.rejected).containsOnlyKeys(3L);
        assertThat(read.rejected.get(3L)).contains("2 columns");
    }

    @Test
    void failsCsvWithAnotherHeader() {
        String header = RegisterLines.CSV_HEADER.replace("\"HSEID\",", "");

        assertThatThrownBy(() -> readCsv(header + RegisterLines.csv(SampleRecords.organisation(0))))
                .isInstanceOf(BrokenRegisterFile.class).hasMessageContaining("unknown layout: the header is");
    }

    @Test
    void failsCsvSeparatedBySemicolons() {
        String header = "\"Davčna številka\";\"Matična številka\";\"Šifra dejavnosti\";\"Ime zavezanca\"\r\n";

        assertThatThrownBy(() -> readCsv(header)).isInstanceOf(BrokenRegisterFile.class)
                .hasMessageStartingWith("malformed CSV");
    }

    @Test
    void failsCsvWithBytesThatAreNotUtf16() {
        byte[] csv = ("\uFEFF" + RegisterLines.CSV_HEADER + RegisterLines.csv(SampleRecords.organisation(0)))
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] loneSurrogate = {0x00, (byte) 0xDC};
        byte[] broken = Arrays.copyOf(csv, csv.length + 2);
        System.arraycopy(loneSurrogate, 0, broken, csv.length, 2);

        assertThatThrownBy(() -> CollectedRows.read(RegisterSource.PRS, "opsiprs.csv", broken))
                .isInstanceOf(BrokenRegisterFile.class).hasMessage("the file is not valid UTF-16 text");
    }

    @Test
    void readsXmlUnitFieldByFieldAndRefusesUnitsWithoutValidNumber() {
        CollectedRows read = readXml("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Prs>
                  <PodatkiObdelave datum="2026-11-15" steviloZapisov="3"/>
                  <PS ma="%s">
                    <PopolnoIme>Društvo &quot;Čebelica&quot; &amp; prijatelji, Šmarje</PopolnoIme>
                    <KratkoIme>Društvo Čebelica</KratkoIme>
                    <Oblika>Društvo</Oblika>
                    <Organ>Upravna enota Ljubljana</Organ>
                    <N po="1000" hs="14" do="a" mid="11223344">
                      <UpravnaEnota>Ljubljana</UpravnaEnota>
                      <Regija>Osrednjeslovenska</Regija>
                      <Obcina>Ljubljana</Obcina>
                      <Posta>Ljubljana</Posta>
                      <Naselje>Črnuče</Naselje>
                      <Ulica>Čopova ulica</Ulica>
                    </N>
                  </PS>
                  <PS ma="5000152000"><PopolnoIme>Napačna kontrolna številka</PopolnoIme></PS>
                  <PS><PopolnoIme>Brez matične številke</PopolnoIme></PS>
                  <PS ma="%s"><PopolnoIme>Brez naslova</PopolnoIme><N po="" hs=" " do=""/></PS>
                </Prs>
                """.formatted(UNIT, SampleRecords.registrationNumber(5)));

        assertThat(read.rows).containsExactly(
                new OrganisationRow(UNIT, "Društvo \"Čebelica\" & prijatelji, Šmarje", "Društvo",
                        "Upravna enota Ljubljana", "Čopova ulica", "14", "a", "Črnuče", "1000", "Ljubljana", null),
                new OrganisationRow(SampleRecords.registrationNumber(5), "Brez naslova", null, null, null, null, null,
                        null, null, null, null));
        assertThat(read.rejected).containsOnlyKeys(18L, 19L);
        assertThat(read.rejected.get(18L)).contains("5000152000", "check digit");
    }

    @Test
    void readsGeneratedXmlAndCountsItsBadUnits() {
        RegisterFileGenerator file = new RegisterFileGenerator(1_000).withBadRows(3);

        CollectedRows read = CollectedRows.read(RegisterSource.PRS, "Prs.xml", file.prsXml());

        assertThat(read.rows).hasSize(997);
        assertThat(read.rejected.keySet()).allSatisfy(line -> assertThat(file.isBad((int) (line - 4))).isTrue());
        assertThat(read.rows.get(4)).usingRecursiveComparison().ignoringFields("country")
                .isEqualTo(SampleRecords.organisation(4));
    }

    @Test
    void failsMalformedXmlNamingLineAndColumn() {
        String xml = RegisterLines.XML_HEAD + RegisterLines.xml(SampleRecords.organisation(0))
                + "<PS ma=\"" + UNIT + "\"><PopolnoIme>Odprto</PS>\r\n</Prs>\r\n";

        assertThatThrownBy(() -> readXml(xml)).isInstanceOf(BrokenRegisterFile.class)
                .hasMessageStartingWith("malformed XML at line 5, column");
    }

    @Test
    void failsXmlWithAnotherRoot() {
        assertThatThrownBy(() -> readXml("<?xml version=\"1.0\"?>\n<Zavezanci><PS ma=\"" + UNIT + "\"/></Zavezanci>"))
                .isInstanceOf(BrokenRegisterFile.class).hasMessageContaining("root element is <Zavezanci>");
    }

    @Test
    void resolvesNoExternalEntity(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "SKRIVNOST");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Prs [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Prs><PS ma=\"" + UNIT + "\"><PopolnoIme>&x;</PopolnoIme></PS></Prs>";

        assertThatThrownBy(() -> readXml(xml)).isInstanceOf(BrokenRegisterFile.class)
                .hasMessageContaining("malformed XML").hasMessageNotContaining("SKRIVNOST");
    }

    @Test
    void failsPrsFileThatIsNeitherXmlNorUtf16Csv() {
        byte[] utf8Csv = RegisterLines.CSV_HEADER.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CollectedRows.read(RegisterSource.PRS, "opsiprs.csv", utf8Csv))
                .isInstanceOf(BrokenRegisterFile.class).hasMessageContaining("neither XML nor CSV");
    }

    private static CollectedRows readCsv(String csv) {
        return CollectedRows.read(RegisterSource.PRS, "opsiprs.csv", ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16LE));
    }

    private static CollectedRows readXml(String xml) {
        return CollectedRows.read(RegisterSource.PRS, "Prs.xml", xml.getBytes(StandardCharsets.UTF_8));
    }
}
