package si.asociacija.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A register's change concerns the organisation of any unit of its company, or the taxpayer with its tax number. */
class RegisterChangeTest {

    private static final RegisterChange BRANCH = new RegisterChange(1, 1, "PRS", "CHANGED", "5000152001", null, "name", "a", "b");
    private static final RegisterChange TAXPAYER = new RegisterChange(2, 1, "FURS_PO", "GONE", null, "38450666", null, "a", null);

    @Test
    void aChangeConcernsTheCompanyOfItsUnitOrItsTaxpayer() {
        assertThat(BRANCH.concerns("5000152000", null)).isTrue();
        assertThat(BRANCH.concerns("5000152", "12345679")).isTrue();
        assertThat(BRANCH.concerns("5000153000", null)).isFalse();
        assertThat(BRANCH.concerns(null, null)).isFalse();
        assertThat(TAXPAYER.concerns("5000152000", "38450666")).isTrue();
        assertThat(TAXPAYER.concerns(null, "12345679")).isFalse();
        assertThat(TAXPAYER.concerns("50001", null)).isFalse();
    }

    @Test
    void theCompanyIsTheFirstSevenDigits() {
        assertThat(RegisterChange.company("5000152001")).isEqualTo("5000152");
        assertThat(RegisterChange.company("5000152")).isEqualTo("5000152");
        assertThat(RegisterChange.company("500015")).isNull();
        assertThat(RegisterChange.company(null)).isNull();
    }
}
