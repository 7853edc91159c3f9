package si.asociacija.workflow.registry.internal.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FursFilesTest {

    private static final String NAME = "ASOCIACIJA ŠPORTNIH DRUŠTEV ČRNUČE";
    private static final String ADDRESS = "ČOPOVA ULICA 14, 1000 LJUBLJANA";

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "windows-1250"})
    void readsPoLineFieldByField(String charset) {
        String line = "  * 38450666 5000157000 01.03.2007 94.999 " + padded(NAME, 100) + " " + padded(ADDRESS, 113) + " 08";

        CollectedRows read = read(RegisterSource.FURS_PO, List.of(line), Charset.forName(charset));

        assertThat(line).hasSize(259);
        assertThat(read.rows).containsExactly(new TaxpayerRow(RegisterSource.FURS_PO, "38450666", "5000157000", true,
                LocalDate.of(2007, 3, 1), "94.999", NAME, ADDRESS, "08", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "windows-1250"})
    void readsGeneratedPoAndCountsItsBadLines(String charset) {
        RegisterFileGenerator file = new RegisterFileGenerator(2_000).withBadRows(5);

        CollectedRows read = CollectedRows.read(RegisterSource.FURS_PO, "DURS_zavezanci_PO.txt",
                file.fursPo(Charset.forName(charset)));

        assertThat(read.rows).hasSize(1_995);
        assertThat(read.rejected).hasSize(5).allSatisfy((line, reason) -> {
            assertThat(file.isBad((int) (line - 1))).isTrue();
            assertThat(reason).contains("tax number", "check digit");
        });
        assertThat(read.rows.subList(0, 50)).isEqualTo(
                IntStream.range(0, 50).mapToObj(SampleRecords::legalPerson).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {424, 244})
    void readsGeneratedDejOfBothWidthsInBothEncodings(int width) {
        for (Charset charset : List.of(StandardCharsets.UTF_8, RegisterFileGenerator.WINDOWS_1250)) {
            CollectedRows read = CollectedRows.read(RegisterSource.FURS_DEJ, "DURS_zavezanci_DEJ.txt",
                    new RegisterFileGenerator(500).fursDej(charset, width));

            assertThat(read.rejected).isEmpty();
            assertThat(read.rows).isEqualTo(IntStream.range(0, 500).mapToObj(SampleRecords::naturalPerson).toList());
        }
    }

    @Test
    void tellsSelfEmployedInCultureFromTheSameTaxpayersSoleTrade() {
        String trader = "38450666 5000157000 62.010 " + padded("MARIJA KOVAČ S.P.", 281) + padded(ADDRESS, 113) + " 08";
        String artist = "38450666            90.030 " + padded("MARIJA KOVAČ -  SAMOZAPOSLENI V KULTURI  ", 281)
                + padded(ADDRESS, 113) + " 08";

        List<RegisterRow> rows = read(RegisterSource.FURS_DEJ, List.of(trader, artist), StandardCharsets.UTF_8).rows;

        assertThat(trader).hasSize(424);
        assertThat(rows).containsExactly(
                new TaxpayerRow(RegisterSource.FURS_DEJ, "38450666", "5000157000", false, null, "62.010",
                        "MARIJA KOVAČ S.P.", ADDRESS, "08", false),
                new TaxpayerRow(RegisterSource.FURS_DEJ, "38450666", null, false, null, "90.030",
                        "MARIJA KOVAČ -  SAMOZAPOSLENI V KULTURI", ADDRESS, "08", true));
        assertThat(rows.get(0).key()).isNotEqualTo(rows.get(1).key());
    }

    @Test
    void refusesLinesOfAnotherWidthOrWithABadDateAndReadsTheRest() {
        List<String> lines = lines(6);
        lines.set(1, lines.get(1).substring(0, 200));
        String vatSince = DateTimeFormatter.ofPattern("dd.MM.yyyy").format(SampleRecords.legalPerson(3).vatSince());
        lines.set(3, lines.get(3).replace(vatSince, "31.02.2020"));
        lines.add(3, "");

        CollectedRows read = read(RegisterSource.FURS_PO, lines, StandardCharsets.UTF_8);

        assertThat(read.rows).containsExactly(SampleRecords.legalPerson(0), SampleRecords.legalPerson(2),
                SampleRecords.legalPerson(4), SampleRecords.legalPerson(5));
        assertThat(read.rejected).containsOnlyKeys(2L, 5L);
        assertThat(read.rejected.get(2L)).isEqualTo("the line is 200 characters wide, not 259 or 268");
        assertThat(read.rejected.get(5L)).contains("31.02.2020");
    }

    @Test
    void failsAFileWhoseFirstLinesAllHaveAnotherWidth() {
        CollectedRows collected = new CollectedRows();

        assertThatThrownBy(() -> new StreamingRegisterFiles(CollectedRows.LIMITS).read(RegisterSource.FURS_PO,
                "DURS_zavezanci_DEJ.txt", new RegisterFileGenerator(1_000).fursDej(StandardCharsets.UTF_8, 424), collected))
                .isInstanceOf(BrokenRegisterFile.class)
                .hasMessage("unknown layout: none of the first 20 lines is 259 or 268 characters wide (line 20 is 424)");
        assertThat(collected.rejected).hasSize(20);
    }

    @Test
    void measuresALineWithoutEndWithoutKeepingIt() {
        byte[] block = "X".repeat(10_000).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CollectedRows.read(RegisterSource.FURS_DEJ, "DURS_zavezanci_DEJ.txt",
                new GeneratedStream(1_000, part -> block)))
                .isInstanceOf(BrokenRegisterFile.class)
                .hasMessage("unknown layout: 1 of 1 records refused (the first, line 1: the line is 10000000 characters"
                        + " wide, not 424 or 244)");
    }

    @Test
    void failsAFileWhoseLinesMostlyHaveAnotherWidth() {
        List<String> lines = lines(60);
        List<String> mixed = IntStream.range(0, 60)
                .mapToObj(i -> i % 3 == 0 ? lines.get(i) : lines.get(i) + "  ").toList();

        assertThatThrownBy(() -> read(RegisterSource.FURS_PO, mixed, StandardCharsets.UTF_8))
                .isInstanceOf(BrokenRegisterFile.class).hasMessageStartingWith("unknown layout: 40 of 60 records refused");
    }

    @Test
    void failsAUtf8FileWithAnotherEncodingFurtherOn() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new RegisterFileGenerator(400).fursPo(StandardCharsets.UTF_8).transferTo(file);
        file.write(RegisterLines.po(SampleRecords.legalPerson(400), null).getBytes(RegisterFileGenerator.WINDOWS_1250));

        assertThatThrownBy(() -> CollectedRows.read(RegisterSource.FURS_PO, "DURS_zavezanci_PO.txt", file.toByteArray()))
                .isInstanceOf(BrokenRegisterFile.class)
                .hasMessageMatching("the text after line \\d+ is not valid UTF-8, the encoding chosen from the file's beginning");
    }

    @Test
    void skipsAUtf8ByteOrderMarkAndReadsLinesEndedByLineFeedAlone() {
        String file = "\uFEFF" + String.join("\n", lines(3)) + "\n";

        CollectedRows read = CollectedRows.read(RegisterSource.FURS_PO, "DURS_zavezanci_PO.txt",
                file.getBytes(StandardCharsets.UTF_8));

        assertThat(read.rejected).isEmpty();
        assertThat(read.rows).hasSize(3);
    }

    private static List<String> lines(int count) {
        return new ArrayList<>(IntStream.range(0, count)
                .mapToObj(i -> RegisterLines.po(SampleRecords.legalPerson(i), null).replace("\r\n", "")).toList());
    }

    private static CollectedRows read(RegisterSource source, List<String> lines, Charset charset) {
        return CollectedRows.read(source, "DURS_zavezanci.txt", bytes(lines, charset));
    }

    private static byte[] bytes(List<String> lines, Charset charset) {
        return lines.stream().map(line -> line + "\r\n").reduce("", String::concat).getBytes(charset);
    }

    private static String padded(String value, int width) {
        return String.format("%-" + width + "s", value);
    }
}
