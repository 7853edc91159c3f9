package si.asociacija.workflow.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.registry.internal.file.RegisterFileGenerator;
import si.asociacija.workflow.registry.internal.file.RegisterFiles;
import si.asociacija.workflow.registry.internal.file.RegisterRow;
import si.asociacija.workflow.registry.internal.file.RegisterRows;
import si.asociacija.workflow.registry.internal.file.RegisterSource;
import si.asociacija.workflow.registry.internal.file.SampleRecords;

/**
 * Figures, not assertions: a PRS file of 300,000 units (UTF-16 CSV, zipped) and a FURS PO list of 300,000
 * lines (zipped), written to {@code target/bench/}, each read by the bare streaming reader and then
 * imported end to end; the PRS file imported again with 1% of the units renamed; then 10,000 lookups
 * in-process and 1,000 over HTTP. Prints rows per second, the ratio of import time to parse time (the
 * target: at most 2), the peak heap, and the lookups' p50 and p95. Asserts only the counts and that
 * every lookup finds its record. Run with {@code ./mvnw verify -Pbench -Dtest=RegisterImportBenchmark}
 * (add {@code -Ppostgres} for PostgreSQL).
 */
@Tag("benchmark")
class RegisterImportBenchmark extends WorkflowTest {

    private static final int ROWS = 300_000;
    private static final int RENAME_EVERY = 100;
    private static final int WARM_UP = 500;
    private static final int LOOKUPS = 10_000;
    private static final int HTTP_LOOKUPS = 1_000;
    private static final Path FOLDER = Path.of("target/bench");
    private static final OperatingSystemMXBean CPU = ManagementFactory.getOperatingSystemMXBean();

    /** What some work answered, how long it took, and the heap before and at most during it. */
    private record Measured<T>(T result, double seconds, long heapBefore, long heapPeak) {

        String heap() {
            return String.format("peak heap %.0f MB (%.0f MB live before, %.0f MB max)", mb(heapPeak), mb(heapBefore),
                    mb(HeapPeak.max()));
        }
    }

    @Autowired
    RegisterFiles files;
    @Autowired
    RegisterImports imports;
    @Autowired
    RegisterLookup lookup;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsThreeHundredThousandRowsPerRegisterAndLooksThemUp() {
        RegisterFileGenerator generator = new RegisterFileGenerator(ROWS);
        Path prs = write("opsiprs.zip", "opsiprs.csv", generator.prsCsv());
        Path renamed = write("opsiprs-renamed.zip", "opsiprs.csv", generator.withRenamedUnits(RENAME_EVERY).prsCsv());
        Path po = write("DURS_zavezanci_PO.zip", "DURS_zavezanci_PO.txt", generator.fursPo(StandardCharsets.UTF_8));

        double prsParse = parseAndImport(RegisterSource.PRS, prs);
        assertThat(jdbc.queryForObject("select count(*) from registry_organisation", Long.class)).isEqualTo(ROWS);

        Measured<ImportRecord> again = measure(() -> importFile(RegisterSource.PRS, renamed));
        ImportRecord record = again.result();
        assertThat(record.outcome()).isEqualTo(ImportRecord.Outcome.SUCCEEDED);
        assertThat(new long[] {record.rowsRead(), record.changed(), record.added(), record.gone(), record.rejected()})
                .containsExactly(ROWS, ROWS / RENAME_EVERY, 0, 0, 0);
        System.out.printf("BENCHMARK registry PRS again, 1%% renamed: %,d rows in %.2f s = %,.0f rows/s; changed %d, new %d, gone %d;"
                        + " import / parse = %.2f; %s%n", record.rowsRead(), again.seconds(), record.rowsRead() / again.seconds(),
                record.changed(), record.added(), record.gone(), again.seconds() / prsParse, again.heap());

        parseAndImport(RegisterSource.FURS_PO, po);
        assertThat(jdbc.queryForObject("select count(*) from registry_taxpayer where list = 'FURS_PO'", Long.class)).isEqualTo(ROWS);

        Random random = new Random(10);
        lookups("in-process", LOOKUPS, random,
                i -> lookup.byRegistrationNumber(SampleRecords.registrationNumber(i)).organisation() != null,
                i -> !lookup.byTaxNumber(SampleRecords.taxNumber(i)).taxpayers().isEmpty());
        TestRestTemplate staff = http.withBasicAuth("staff", "demo");
        lookups("over HTTP as staff", HTTP_LOOKUPS, random,
                i -> staff.getForEntity("/api/registry/organisations/" + SampleRecords.registrationNumber(i), String.class)
                        .getStatusCode() == HttpStatus.OK,
                i -> staff.getForEntity("/api/registry/organisations?taxNumber=" + SampleRecords.taxNumber(i), String.class)
                        .getStatusCode() == HttpStatus.OK);
        System.out.printf("BENCHMARK registry load average %.1f on %d cores%n%n", CPU.getSystemLoadAverage(),
                CPU.getAvailableProcessors());
    }

    /** Reads the file with the bare reader (once to warm up, once timed), then imports it; answers the parse's seconds. */
    private double parseAndImport(RegisterSource source, Path file) {
        System.out.printf("%nBENCHMARK registry %s file: %s, %,d rows, %.1f MB zipped, %.1f MB unzipped%n", source,
                file, ROWS, mb(size(file)), mb(unzippedSize(file)));
        parse(source, file);
        Measured<Long> parse = measure(() -> parse(source, file));
        assertThat(parse.result()).isEqualTo(ROWS);
        System.out.printf("BENCHMARK registry %s parse: %,d rows in %.2f s = %,.0f rows/s; %s%n", source, parse.result(),
                parse.seconds(), parse.result() / parse.seconds(), parse.heap());

        Measured<ImportRecord> imported = measure(() -> importFile(source, file));
        ImportRecord record = imported.result();
        assertThat(record.outcome()).as(record.reason()).isEqualTo(ImportRecord.Outcome.SUCCEEDED);
        assertThat(record.rowsRead()).isEqualTo(ROWS);
        assertThat(record.rejected()).isZero();
        System.out.printf("BENCHMARK registry %s import: %,d rows in %.2f s = %,.0f rows/s (new %d, changed %d, gone %d); %s%n",
                source, record.rowsRead(), imported.seconds(), record.rowsRead() / imported.seconds(), record.added(),
                record.changed(), record.gone(), imported.heap());
        System.out.printf("BENCHMARK registry %s import / parse = %.2f (%.2f s / %.2f s; target at most 2)%n", source,
                imported.seconds() / parse.seconds(), imported.seconds(), parse.seconds());
        return parse.seconds();
    }

    /** Half the lookups by registration number, half by tax number, of random rows; each must find its record. */
    private void lookups(String how, int count, Random random, IntPredicate byRegistration, IntPredicate byTax) {
        for (int i = 0; i < WARM_UP; i++) {
            byRegistration.test(random.nextInt(ROWS));
            byTax.test(random.nextInt(ROWS));
        }
        long[] registration = new long[count / 2];
        long[] tax = new long[count / 2];
        for (int i = 0; i < count / 2; i++) {
            registration[i] = timedLookup(byRegistration, random.nextInt(ROWS));
            tax[i] = timedLookup(byTax, random.nextInt(ROWS));
        }
        long[] all = new long[count];
        System.arraycopy(registration, 0, all, 0, registration.length);
        System.arraycopy(tax, 0, all, registration.length, tax.length);
        Arrays.sort(registration);
        Arrays.sort(tax);
        Arrays.sort(all);
        System.out.printf("BENCHMARK registry lookups %s: %,d, p50 %.2f ms, p95 %.2f ms, max %.1f ms; by registration number"
                        + " p50 %.2f ms, p95 %.2f ms; by tax number p50 %.2f ms, p95 %.2f ms%n", how, count, ms(all, 0.50),
                ms(all, 0.95), ms(all, 1), ms(registration, 0.50), ms(registration, 0.95), ms(tax, 0.50), ms(tax, 0.95));
    }

    private static long timedLookup(IntPredicate lookup, int row) {
        long start = System.nanoTime();
        boolean found = lookup.test(row);
        long nanos = System.nanoTime() - start;
        assertThat(found).as("row %d found", row).isTrue();
        return nanos;
    }

    private long parse(RegisterSource source, Path file) {
        long[] rows = new long[1];
        try (InputStream in = new FileInputStream(file.toFile())) {
            files.read(source, file.getFileName().toString(), in, new RegisterRows() {
                @Override
                public void row(RegisterRow row) {
                    rows[0]++;
                }

                @Override
                public void rejected(long line, String reason) {
                    throw new AssertionError("line " + line + ": " + reason);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows[0];
    }

    private ImportRecord importFile(RegisterSource source, Path file) {
        try (InputStream in = new FileInputStream(file.toFile())) {
            return imports.importFile(source, file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Measured<T> measure(Supplier<T> work) {
        HeapPeak heap = HeapPeak.start();
        long start = System.nanoTime();
        T result;
        long nanos;
        try {
            result = work.get();
            nanos = System.nanoTime() - start;
        } finally {
            heap.stop();
        }
        return new Measured<>(result, nanos / 1e9, heap.before(), heap.peak());
    }

    /** Writes the generated file zipped as published, streaming. */
    private static Path write(String name, String entry, InputStream content) {
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(name);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                RegisterFileGenerator.zip(entry, content, out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long unzippedSize(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.entries().nextElement().getSize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
