package si.asociacija.workflow.registry.internal.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import si.asociacija.workflow.registry.SlovenianIdentifiers;

class RegisterFileGeneratorTest {

    @Test
    void makesDistinctValidIdentifiersAndBrokenOnesThatFail() {
        assertThat(IntStream.range(0, 20_000).mapToObj(SampleRecords::taxNumber))
                .doesNotHaveDuplicates().allMatch(SlovenianIdentifiers::isValidTaxNumber)
                .noneMatch(number -> SlovenianIdentifiers.isValidTaxNumber(SampleRecords.broken(number, 7)));
        assertThat(IntStream.range(0, 20_000).mapToObj(SampleRecords::registrationNumber))
                .doesNotHaveDuplicates().allMatch(number -> number.length() == 10)
                .allMatch(SlovenianIdentifiers::isValidRegistrationNumber)
                .noneMatch(number -> SlovenianIdentifiers.isValidRegistrationNumber(SampleRecords.broken(number, 6)));
    }

    @Test
    void writesPoFieldsWhereTheRegisterDocumentationPutsThem() {
        TaxpayerRow vatPayer = SampleRecords.legalPerson(0);
        String line = RegisterLines.po(vatPayer, null).replace("\r\n", "");
        String member = RegisterLines.po(SampleRecords.legalPerson(49), SampleRecords.vatGroup(49)).replace("\r\n", "");

        assertThat(line).hasSize(259);
        assertThat(line.substring(2, 3)).isEqualTo("*");
        assertThat(line.substring(4, 12)).isEqualTo(vatPayer.taxNumber());
        assertThat(line.substring(13, 23)).isEqualTo(vatPayer.registrationNumber());
        assertThat(line.substring(24, 34)).matches("\\d\\d\\.\\d\\d\\.\\d{4}");
        assertThat(line.substring(42, 142).strip()).isEqualTo(vatPayer.name());
        assertThat(line.substring(143, 256).strip()).isEqualTo(vatPayer.address());
        assertThat(line.substring(257)).isEqualTo(vatPayer.taxOffice());
        assertThat(member).hasSize(268).startsWith("Č").endsWith(" " + SampleRecords.vatGroup(49));
    }

    @Test
    void writesDejFieldsWhereTheRegisterDocumentationPutsThem() {
        TaxpayerRow person = SampleRecords.naturalPerson(4);
        String recent = RegisterLines.dej(person, 424).replace("\r\n", "");
        String older = RegisterLines.dej(person, 244).replace("\r\n", "");

        assertThat(recent).hasSize(424).startsWith(person.taxNumber() + " " + person.registrationNumber() + " 90.030 ");
        assertThat(recent.substring(27, 308).strip()).endsWith("- SAMOZAPOSLENI V KULTURI");
        assertThat(recent.substring(308, 421).strip()).isEqualTo(person.address());
        assertThat(recent.substring(422)).isEqualTo(person.taxOffice());
        assertThat(older).hasSize(244);
        assertThat(older.substring(27, 127).strip()).isEqualTo(person.name());
        assertThat(older.substring(128, 241).strip()).isEqualTo(person.address());
        assertThat(older.substring(242)).isEqualTo(person.taxOffice());
    }

    @Test
    void spreadsTheBadRowsAndWritesPrsCsvInUtf16LittleEndianWithByteOrderMark() throws IOException {
        RegisterFileGenerator file = new RegisterFileGenerator(1_000).withBadRows(7);

        assertThat(IntStream.range(0, 1_000).filter(file::isBad)).hasSize(7);
        assertThat(file.prsCsv().readNBytes(4)).containsExactly(0xFF, 0xFE, '"', 0);
    }

    @Test
    void renamesEveryHundredthUnitOnly() {
        RegisterFileGenerator file = new RegisterFileGenerator(1_000).withRenamedUnits(100);

        CollectedRows read = CollectedRows.read(RegisterSource.PRS, "opsiprs.csv", file.prsCsv());

        assertThat(IntStream.range(0, 1_000).filter(i -> !read.rows.get(i).equals(SampleRecords.organisation(i))))
                .hasSize(10).allMatch(file::isRenamed);
        assertThat(((OrganisationRow) read.rows.get(99)).name()).isEqualTo(SampleRecords.organisation(99).name() + " (novo ime)");
    }
}
