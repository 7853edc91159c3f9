package si.asociacija.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlovenianIdentifiersTest {

    // --- davčna številka ---------------------------------------------------------------------------------------

    @Test
    void acceptsAsociacijaTaxNumber() {
        // VAT ID SI38450666
        assertThat(SlovenianIdentifiers.isValidTaxNumber("38450666")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "98511734", // Telekom Slovenije, d.d. (VAT ID SI98511734)
            "80267432", // Petrol d.d., Ljubljana (VAT ID SI80267432)
            "50223054"  // python-stdnum si.ddv documented example
    })
    void acceptsPublicCompanyTaxNumbers(String taxNumber) {
        assertThat(SlovenianIdentifiers.isValidTaxNumber(taxNumber)).isTrue();
    }

    @Test
    void acceptsTaxNumberWithSpaces() {
        assertThat(SlovenianIdentifiers.isValidTaxNumber(" 3845 0666 ")).isTrue();
    }

    @Test
    void acceptsTaxNumberWhereRemainderTenGivesCheckDigitZero() {
        // 1*8 + 2*2 = 12, 12 mod 11 = 1, 11 - 1 = 10 -> check digit 0
        assertThat(SlovenianIdentifiers.isValidTaxNumber("10000020")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000070", "10000071", "10000075", "10000079"})
    void rejectsTaxNumberWhereRemainderIsElevenForAnyCheckDigit(String taxNumber) {
        // 1*8 + 7*2 = 22, 22 mod 11 = 0, 11 - 0 = 11 -> no valid check digit exists
        assertThat(SlovenianIdentifiers.isValidTaxNumber(taxNumber)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"38450665", "38450667", "98511733", "80267430"})
    void rejectsWrongCheckDigit(String taxNumber) {
        assertThat(SlovenianIdentifiers.isValidTaxNumber(taxNumber)).isFalse();
    }

    @Test
    void rejectsSwappedTaxNumberDigits() {
        assertThat(SlovenianIdentifiers.isValidTaxNumber("83450666")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3845066", "384506660", "08450666", "00000000"})
    void rejectsTaxNumberWithWrongLengthOrLeadingZero(String taxNumber) {
        assertThat(SlovenianIdentifiers.isValidTaxNumber(taxNumber)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SI38450666", "3845O666", "38-450666", "3845066a", "３８４５０６６６"})
    void rejectsNonDigits(String taxNumber) {
        assertThat(SlovenianIdentifiers.isValidTaxNumber(taxNumber)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t \n"})
    void rejectsNullAndBlankTaxNumber(String taxNumber) {
        assertThat(SlovenianIdentifiers.isValidTaxNumber(taxNumber)).isFalse();
    }

    // --- matična številka --------------------------------------------------------------------------------------

    @Test
    void acceptsTenDigitRegistrationNumberWithUnit() {
        // Asociacija: 1768875 + main unit 000
        assertThat(SlovenianIdentifiers.isValidRegistrationNumber("1768875000")).isTrue();
    }

    @Test
    void acceptsSevenDigitRegistrationNumber() {
        assertThat(SlovenianIdentifiers.isValidRegistrationNumber("1768875")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "5014018000", // Telekom Slovenije, d.d.
            "5025796000", // Petrol d.d., Ljubljana
            "5860571084"  // a business unit (084) from python-stdnum's list of numbers found online
    })
    void acceptsPublicCompanyRegistrationNumbers(String registrationNumber) {
        assertThat(SlovenianIdentifiers.isValidRegistrationNumber(registrationNumber)).isTrue();
    }

    @Test
    void acceptsRegistrationNumberWithNonMainUnit() {
        assertThat(SlovenianIdentifiers.isValidRegistrationNumber("1768875001")).isTrue();
    }

    @Test
    void acceptsRegistrationNumberWithSpaces() {
        assertThat(SlovenianIdentifiers.isValidRegistrationNumber("1768875 000")).isTrue();
    }

    @Test
    void acceptsRegistrationNumberWhereRemainderTenGivesCheckDigitZero() {
        // 9331310 (python-stdnum): 9*7+3*6+3*5+1*4+3*3+1*2 = 111, 111 mod 11 = 1, 11 - 1 = 10 -> 0
        assertThat(SlovenianIdentifiers.isValidRegistrationNumber("9331310000")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9015310", "2961970", "9015310000"})
    void rejectsRegistrationNumberWhereRemainderIsEleven(String registrationNumber) {
        // weighted sums 99 and 143 are divisible by 11 -> no valid check digit exists
        assertThat(SlovenianIdentifiers.isValidRegistrationNumber(registrationNumber)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1768874000", "1768876", "5014019000", "5025795000"})
    void rejectsRegistrationNumberWithWrongCheckDigit(String registrationNumber) {
        assertThat(SlovenianIdentifiers.isValidRegistrationNumber(registrationNumber)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"176887", "17688750", "176887500", "17688750000"})
    void rejectsRegistrationNumberWithWrongLength(String registrationNumber) {
        assertThat(SlovenianIdentifiers.isValidRegistrationNumber(registrationNumber)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"176887500O", "17688-75000", "1768875.000", "SI1768875000"})
    void rejectsRegistrationNumberWithNonDigits(String registrationNumber) {
        assertThat(SlovenianIdentifiers.isValidRegistrationNumber(registrationNumber)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsNullAndBlankRegistrationNumber(String registrationNumber) {
        assertThat(SlovenianIdentifiers.isValidRegistrationNumber(registrationNumber)).isFalse();
    }

    // --- EMŠO (synthetic numbers only, no real personal data) -----------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "0101006500006", // 1 Jan 2006, python-stdnum si.emso documented example
            "1502985500125"  // 15 Feb 1985
    })
    void acceptsValidEmso(String emso) {
        assertThat(SlovenianIdentifiers.isValidEmso(emso)).isTrue();
    }

    @Test
    void acceptsEmsoWithSpaces() {
        assertThat(SlovenianIdentifiers.isValidEmso("150298 550 0125")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "1502985505070", // weighted sum divisible by 11 (11 - 0 = 11) -> 0
            "1502985505020"  // weighted sum mod 11 = 1 (11 - 1 = 10) -> 0
    })
    void acceptsEmsoWhereRemainderTenOrElevenGivesCheckDigitZero(String emso) {
        assertThat(SlovenianIdentifiers.isValidEmso(emso)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0101006500007", "1502985500124", "1502985505071"})
    void rejectsEmsoWithWrongCheckDigit(String emso) {
        assertThat(SlovenianIdentifiers.isValidEmso(emso)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "3102985500124", // 31 February
            "0013985500126", // month 13 (check digit irrelevant, date fails first)
            "0001985500120"  // day 00
    })
    void rejectsEmsoWithImpossibleDate(String emso) {
        assertThat(SlovenianIdentifiers.isValidEmso(emso)).isFalse();
    }

    @Test
    void rejectsEmsoWithBirthDateInFuture() {
        // 1 Jan 2099, otherwise a correct check digit
        assertThat(SlovenianIdentifiers.isValidEmso("0101099500124")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"010100650000", "01010065000060", "010100650000A", "0101-006500006"})
    void rejectsEmsoWithWrongLengthOrNonDigits(String emso) {
        assertThat(SlovenianIdentifiers.isValidEmso(emso)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void rejectsNullAndBlankEmso(String emso) {
        assertThat(SlovenianIdentifiers.isValidEmso(emso)).isFalse();
    }

    // --- IBAN ------------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "SI56263300012039086",        // SWIFT IBAN registry example for Slovenia
            "SI56 2633 0001 2039 086",    // same, print format
            "si56 1910 0000 0123 438",    // lower case, common Slovenian example
            "DE89370400440532013000"      // foreign IBAN
    })
    void acceptsValidIban(String iban) {
        assertThat(SlovenianIdentifiers.isValidIban(iban)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SI57263300012039086",   // wrong check digits
            "SI5626330001203908",    // too short for SI
            "SI56-2633-0001-2039-086",
            "XX56263300012039086"
    })
    void rejectsInvalidIban(String iban) {
        assertThat(SlovenianIdentifiers.isValidIban(iban)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsNullAndBlankIban(String iban) {
        assertThat(SlovenianIdentifiers.isValidIban(iban)).isFalse();
    }
}
