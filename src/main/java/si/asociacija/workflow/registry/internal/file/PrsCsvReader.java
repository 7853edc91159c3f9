package si.asociacija.workflow.registry.internal.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code opsiprs.csv}: UTF-16 with a byte order mark, comma-separated, quoted, a header row of 12 columns
 * (checked by name, trimmed and with runs of spaces as one, so another layout fails instead of filling the
 * wrong fields).
 */
final class PrsCsvReader {

    static final List<String> HEADER = List.of("Matična številka", "Popolno ime", "HSEID",
            "Pravnoorganizacijska oblika", "Registrski organ", "Ulica", "Hišna št", "Hišna št dodatek", "Naselje",
            "Poštna št", "Pošta", "Država");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** Reads to the end of the records without closing the stream, which stays the caller's. */
    void read(InputStream in, RegisterRows rows) throws IOException {
        try {
            CSVParser parser = CSVParser.builder().setReader(DecodedText.of(in, StandardCharsets.UTF_16).reader())
                    .setFormat(FORMAT).get();
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() == 1) {
                    checkHeader(record);
                } else {
                    read(record, rows);
                }
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException malformed) {
                throw new BrokenRegisterFile("malformed CSV: " + malformed.getMessage(), malformed);
            }
            if (e.getCause() instanceof CharacterCodingException) {
                throw new BrokenRegisterFile("the file is not valid UTF-16 text", e);
            }
            throw e;
        }
    }

    private static void checkHeader(CSVRecord header) {
        List<String> names = header.stream().map(name -> name.strip().replaceAll("\\s+", " ")).toList();
        if (!names.equals(HEADER)) {
            throw new BrokenRegisterFile("unknown layout: the header is " + names + ", expected " + HEADER);
        }
    }

    private static void read(CSVRecord record, RegisterRows rows) {
        if (record.size() != HEADER.size()) {
            rows.rejected(record.getRecordNumber(), "the line has " + record.size() + " columns, not " + HEADER.size());
            return;
        }
        try {
            rows.row(new OrganisationRow(Fields.unitNumber(record.get(0)), value(record, 1), value(record, 3),
                    value(record, 4), value(record, 5), value(record, 6), value(record, 7), value(record, 8),
                    value(record, 9), value(record, 10), value(record, 11)));
        } catch (RejectedLine e) {
            rows.rejected(record.getRecordNumber(), e.getMessage());
        }
    }

    private static String value(CSVRecord record, int column) {
        return Fields.value(record.get(column));
    }
}
