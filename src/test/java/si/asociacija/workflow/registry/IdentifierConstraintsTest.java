package si.asociacija.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/** {@link TaxNumber} and {@link RegistrationNumber} with a plain Bean Validation validator. */
class IdentifierConstraintsTest {

    private static final String TAX_MESSAGE = "is not a valid davčna številka (8 digits with a correct check digit)";
    private static final String REGISTRATION_MESSAGE =
            "is not a valid matična številka (7 or 10 digits with a correct check digit)";

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private final Validator validator = FACTORY.getValidator();

    record Company(@TaxNumber String taxNumber, @RegistrationNumber String registrationNumber) {
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"38450666", "98511734", " 3845 0666 ", "10000020"})
    void acceptsTaxNumbersWithACorrectCheckDigit(String taxNumber) {
        assertThat(violations(new Company(taxNumber, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"38450667", "83450666", "10000070"})
    void refusesTaxNumbersWithAWrongCheckDigit(String taxNumber) {
        assertThat(violations(new Company(taxNumber, null))).containsExactly("taxNumber: " + TAX_MESSAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3845066", "384506660", "08450666", "3845O666", "SI38450666"})
    void refusesTaxNumbersOfTheWrongLengthOrForm(String taxNumber) {
        assertThat(violations(new Company(taxNumber, null))).containsExactly("taxNumber: " + TAX_MESSAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1768875", "1768875000", "1768875 001", "9331310000"})
    void acceptsRegistrationNumbersWithACorrectCheckDigit(String registrationNumber) {
        assertThat(violations(new Company(null, registrationNumber))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1768876", "1768874000", "1768885"})
    void refusesRegistrationNumbersWithAWrongCheckDigit(String registrationNumber) {
        assertThat(violations(new Company(null, registrationNumber)))
                .containsExactly("registrationNumber: " + REGISTRATION_MESSAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"176887", "17688750", "176887500", "17688750000", "176887S"})
    void refusesRegistrationNumbersOfTheWrongLengthOrForm(String registrationNumber) {
        assertThat(violations(new Company(null, registrationNumber)))
                .containsExactly("registrationNumber: " + REGISTRATION_MESSAGE);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t", "\u200B"})
    void allowsNoNumberAtAll(String blank) {
        assertThat(violations(new Company(blank, blank))).isEmpty();
    }

    @Test
    void reportsEachBrokenNumberOnItsField() {
        assertThat(violations(new Company("38450667", "1768876")))
                .containsExactlyInAnyOrder("taxNumber: " + TAX_MESSAGE, "registrationNumber: " + REGISTRATION_MESSAGE);
    }

    private Set<String> violations(Company company) {
        return validator.validate(company).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .collect(Collectors.toSet());
    }
}
