package si.asociacija.workflow.registry.internal.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Register files shaped as published (PRS as UTF-16LE CSV with a byte order mark or as XML, FURS PO and
 * DEJ fixed width in UTF-8 or Windows-1250), of any number of rows made as they are read: write one to
 * disk with {@code transferTo} or {@link #zip(String, InputStream, OutputStream)} however large it is.
 * Row {@code i} holds {@link SampleRecords}' record {@code i}; with bad rows, some of them carry a wrong
 * check digit in their identifier instead.
 */
public final class RegisterFileGenerator {

    public static final Charset WINDOWS_1250 = DecodedText.WINDOWS_1250;

    private final int rows;
    private final int badRows;
    private final int renameEvery;

    public RegisterFileGenerator(int rows) {
        this(rows, 0, 0);
    }

    private RegisterFileGenerator(int rows, int badRows, int renameEvery) {
        this.rows = rows;
        this.badRows = badRows;
        this.renameEvery = renameEvery;
    }

    /** The same file with {@code badRows} rows, spread evenly, whose identifier fails its check digit. */
    public RegisterFileGenerator withBadRows(int badRows) {
        return new RegisterFileGenerator(rows, badRows, renameEvery);
    }

    /** The same PRS file with the name of every {@code every}-th unit (rows {@code every - 1}, {@code 2 * every - 1}, ...) changed. */
    public RegisterFileGenerator withRenamedUnits(int every) {
        return new RegisterFileGenerator(rows, badRows, every);
    }

    /** Whether unit {@code i} (from 0) is one of the renamed ones. */
    public boolean isRenamed(int i) {
        return renameEvery > 0 && i % renameEvery == renameEvery - 1;
    }

    /** Whether row {@code i} (from 0) is one of the bad rows. */
    public boolean isBad(int i) {
        int every = Math.max(rows / Math.max(badRows, 1), 1);
        return badRows > 0 && i % every == every / 2 && i / every < badRows;
    }

    /** {@code opsiprs.csv}: header on line 1, row {@code i} on line {@code i + 2}. */
    public InputStream prsCsv() {
        return file(StandardCharsets.UTF_16LE, "\uFEFF" + RegisterLines.CSV_HEADER, "",
                i -> bad(i, SampleRecords.organisation(i).registrationNumber(), 6, RegisterLines.csv(organisation(i))));
    }

    /** {@code Prs.xml}: row {@code i} on line {@code i + 4}. */
    public InputStream prsXml() {
        return file(StandardCharsets.UTF_8, RegisterLines.XML_HEAD, RegisterLines.XML_TAIL,
                i -> bad(i, SampleRecords.organisation(i).registrationNumber(), 6, RegisterLines.xml(organisation(i))));
    }

    /** {@code DURS_zavezanci_PO.txt}: row {@code i} on line {@code i + 1}. */
    public InputStream fursPo(Charset charset) {
        return file(charset, "", "", i -> bad(i, SampleRecords.taxNumber(i), 7,
                RegisterLines.po(SampleRecords.legalPerson(i), SampleRecords.vatGroup(i))));
    }

    /** {@code DURS_zavezanci_DEJ.txt} with lines of {@code width} (424, or the older 244) characters. */
    public InputStream fursDej(Charset charset, int width) {
        return file(charset, "", "", i -> bad(i, SampleRecords.naturalPerson(i).taxNumber(), 7,
                RegisterLines.dej(SampleRecords.naturalPerson(i), width)));
    }

    /** The content zipped as the one file {@code entryName}. */
    public static byte[] zip(String entryName, InputStream content) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        zip(entryName, content, zipped);
        return zipped.toByteArray();
    }

    /** Writes the content, zipped as the one file {@code entryName}, streaming. */
    public static void zip(String entryName, InputStream content, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out); content) {
            zip.putNextEntry(new ZipEntry(entryName));
            content.transferTo(zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OrganisationRow organisation(int i) {
        OrganisationRow unit = SampleRecords.organisation(i);
        return isRenamed(i) ? new OrganisationRow(unit.registrationNumber(), unit.name() + " (novo ime)", unit.legalForm(),
                unit.authority(), unit.street(), unit.houseNumber(), unit.houseNumberSuffix(), unit.settlement(),
                unit.postCode(), unit.postOffice(), unit.country()) : unit;
    }

    private InputStream file(Charset charset, String head, String tail, IntFunction<String> row) {
        return new GeneratedStream(rows + 2, part -> (part == 0 ? head : part > rows ? tail : row.apply(part - 1))
                .getBytes(charset));
    }

    private String bad(int i, String identifier, int checkDigit, String line) {
        return isBad(i) ? line.replaceFirst(identifier, SampleRecords.broken(identifier, checkDigit)) : line;
    }
}
