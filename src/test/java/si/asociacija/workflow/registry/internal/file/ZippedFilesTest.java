package si.asociacija.workflow.registry.internal.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

class ZippedFilesTest {

    private static final RegisterFileGenerator FILE = new RegisterFileGenerator(3_000);
    private static final RegisterFileGenerator LARGER = new RegisterFileGenerator(1_000);
    private static final FileLimits SMALL = new FileLimits(DataSize.ofKilobytes(100), 100, 4);

    @Test
    void readsTheOneFileOfEachPublishedZip() {
        CollectedRows csv = read(RegisterSource.PRS, RegisterFileGenerator.zip("opsiprs-8c1f.csv", FILE.prsCsv()));
        CollectedRows xml = read(RegisterSource.PRS, RegisterFileGenerator.zip("Prs.xml", FILE.prsXml()));
        CollectedRows po = read(RegisterSource.FURS_PO, RegisterFileGenerator.zip("DURS_zavezanci_PO.txt",
                FILE.fursPo(RegisterFileGenerator.WINDOWS_1250)));
        CollectedRows dej = read(RegisterSource.FURS_DEJ, RegisterFileGenerator.zip("DURS_zavezanci_DEJ.txt",
                FILE.fursDej(StandardCharsets.UTF_8, 424)));

        assertThat(csv.rows).hasSize(3_000).contains(SampleRecords.organisation(2_999));
        assertThat(xml.rows).hasSize(3_000);
        assertThat(po.rows).hasSize(3_000).contains(SampleRecords.legalPerson(2_999));
        assertThat(dej.rows).hasSize(3_000).contains(SampleRecords.naturalPerson(2_999));
        assertThat(csv.rejected).isEmpty();
    }

    @Test
    void failsATruncatedZip() {
        byte[] zip = RegisterFileGenerator.zip("DURS_zavezanci_PO.txt", FILE.fursPo(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(RegisterSource.FURS_PO, Arrays.copyOf(zip, zip.length / 2)))
                .isInstanceOf(BrokenRegisterFile.class).hasMessageStartingWith("the file ends too early (truncated)");
    }

    @Test
    void failsATruncatedZipOfXml() {
        byte[] zip = RegisterFileGenerator.zip("Prs.xml", FILE.prsXml());

        assertThatThrownBy(() -> read(RegisterSource.PRS, Arrays.copyOf(zip, zip.length - 200)))
                .isInstanceOf(BrokenRegisterFile.class).hasMessageStartingWith("the file ends too early (truncated)");
    }

    @Test
    void failsAZipWhoseDataIsDamaged() {
        byte[] zip = RegisterFileGenerator.zip("DURS_zavezanci_PO.txt", FILE.fursPo(StandardCharsets.UTF_8));
        for (int i = zip.length / 2; i < zip.length / 2 + 16; i++) {
            zip[i] ^= 0x5A;
        }

        assertThatThrownBy(() -> read(RegisterSource.FURS_PO, zip)).isInstanceOf(BrokenRegisterFile.class);
    }

    @Test
    void failsAZipWithoutAFile() {
        byte[] empty = new byte[22];
        System.arraycopy(new byte[] {'P', 'K', 5, 6}, 0, empty, 0, 4);

        assertThatThrownBy(() -> read(RegisterSource.FURS_DEJ, empty))
                .isInstanceOf(BrokenRegisterFile.class).hasMessage("the zip holds no file");
        assertThatThrownBy(() -> read(RegisterSource.FURS_DEJ, zipOf("DURS/")))
                .isInstanceOf(BrokenRegisterFile.class).hasMessage("the zip holds no file");
    }

    @Test
    void failsAZipWithTwoFiles() {
        assertThatThrownBy(() -> read(RegisterSource.FURS_PO, zipOf("DURS_zavezanci_PO.txt", "README.txt")))
                .isInstanceOf(BrokenRegisterFile.class).hasMessage("the zip holds more than one file");
    }

    @ParameterizedTest
    @EnumSource(RegisterSource.class)
    void failsAnEmptyFileZippedOrNot(RegisterSource source) {
        assertThatThrownBy(() -> read(source, new byte[0]))
                .isInstanceOf(BrokenRegisterFile.class).hasMessage("the file is empty");
        assertThatThrownBy(() -> read(source, RegisterFileGenerator.zip("empty.txt", new ByteArrayInputStream(new byte[0]))))
                .isInstanceOf(BrokenRegisterFile.class).hasMessage("the file is empty");
    }

    @ParameterizedTest
    @EnumSource(RegisterSource.class)
    void failsAFileWithoutRecords(RegisterSource source) {
        String content = source == RegisterSource.PRS ? RegisterLines.XML_HEAD + RegisterLines.XML_TAIL : "\r\n\r\n";

        assertThatThrownBy(() -> read(source, content.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BrokenRegisterFile.class).hasMessage("the file holds no records");
    }

    static Stream<Arguments> registerFiles() {
        return Stream.of(Arguments.of(RegisterSource.PRS, (Supplier<InputStream>) LARGER::prsCsv),
                Arguments.of(RegisterSource.PRS, (Supplier<InputStream>) LARGER::prsXml),
                Arguments.of(RegisterSource.FURS_PO, (Supplier<InputStream>) () -> LARGER.fursPo(StandardCharsets.UTF_8)),
                Arguments.of(RegisterSource.FURS_DEJ,
                        (Supplier<InputStream>) () -> LARGER.fursDej(RegisterFileGenerator.WINDOWS_1250, 424)));
    }

    @ParameterizedTest
    @MethodSource("registerFiles")
    void stopsReadingAZippedFileLargerThanTheLimitUnzipped(RegisterSource source, Supplier<InputStream> file) {
        byte[] zip = RegisterFileGenerator.zip("register.txt", file.get());
        CollectedRows collected = new CollectedRows();

        assertThat((long) zip.length).isLessThan(SMALL.maxSize().toBytes());
        assertThatThrownBy(() -> new StreamingRegisterFiles(SMALL).read(source, "register.zip", new ByteArrayInputStream(zip),
                collected))
                .isInstanceOf(BrokenRegisterFile.class)
                .hasMessage("unzipped, the file is larger than 100 KB, the most a register file may be");
        assertThat(collected.rows).isNotEmpty().hasSizeLessThan(1_000);
    }

    @ParameterizedTest
    @MethodSource("registerFiles")
    void stopsReadingAFileLargerThanTheLimit(RegisterSource source, Supplier<InputStream> file) {
        assertThatThrownBy(() -> CollectedRows.read(source, "register.txt", file.get(), SMALL))
                .isInstanceOf(BrokenRegisterFile.class)
                .hasMessage("the file is larger than 100 KB, the most a register file may be");
    }

    @Test
    void stopsReadingAZipBomb() {
        byte[] spaces = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        byte[] bomb = RegisterFileGenerator.zip("DURS_zavezanci_PO.txt", new GeneratedStream(128, part -> spaces));

        assertThat(bomb.length).isLessThan(64 * 1024);
        assertThatThrownBy(() -> read(RegisterSource.FURS_PO, bomb))
                .isInstanceOf(BrokenRegisterFile.class)
                .hasMessage("the zipped file expands to more than 100 times its compressed size, more than a register"
                        + " file does (a zip bomb?)");
    }

    @Test
    void readsALargeZippedFileWithinTheCompressionRatio() {
        byte[] zip = RegisterFileGenerator.zip("DURS_zavezanci_DEJ.txt",
                new RegisterFileGenerator(10_000).fursDej(StandardCharsets.UTF_8, 424));

        assertThat(read(RegisterSource.FURS_DEJ, zip).rows).hasSize(10_000);
    }

    @Test
    void failsAZipWithTooManyEntries() throws IOException {
        String[] withinTheLimit = {"DURS/", "DURS/PO/", "DURS/PO/2025/", "DURS/PO/2025/DURS_zavezanci_PO.txt"};
        String[] foldersBefore = {"DURS/", "DURS/PO/", "DURS/PO/2025/", "DURS/PO/2025/11/",
            "DURS/PO/2025/11/DURS_zavezanci_PO.txt"};
        String[] foldersAfter = {"DURS_zavezanci_PO.txt", "a/", "b/", "c/", "d/"};

        assertThat(readSmall(zipOf(withinTheLimit)).rows).hasSize(1);
        assertThatThrownBy(() -> readSmall(zipOf(foldersBefore)))
                .isInstanceOf(BrokenRegisterFile.class)
                .hasMessage("the zip holds more than 4 entries, more than a register file's zip");
        assertThatThrownBy(() -> readSmall(zipOf(foldersAfter)))
                .isInstanceOf(BrokenRegisterFile.class)
                .hasMessage("the zip holds more than 4 entries, more than a register file's zip");
    }

    private static CollectedRows readSmall(byte[] content) {
        return CollectedRows.read(RegisterSource.FURS_PO, "register.zip", new ByteArrayInputStream(content), SMALL);
    }

    private static CollectedRows read(RegisterSource source, byte[] content) {
        return CollectedRows.read(source, "register.zip", content);
    }

    private static byte[] zipOf(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                if (!entry.endsWith("/")) {
                    zip.write(RegisterLines.po(SampleRecords.legalPerson(0), null).getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
