package si.asociacija.workflow.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final Object[] TAXPAYER = {"FURS_PO", "12345678", null, true, LocalDate.of(2020, 3, 1), "94.999",
        "ŠPORTNO DRUŠTVO ČRNUČE 1", "TRUBARJEVA CESTA 1, 1000 LJUBLJANA", "01", false};

    @Test
    void staysTheSameForTheRecordsHeldSoThatAnUpgradeChangesNone() {
        Fingerprint fingerprint = new Fingerprint();

        assertThat(fingerprint.of(TAXPAYER)).isEqualTo("97dd352de03a8d54dc6978cd8b7097f313279c895eb77d6efac96d6596ee6d7f");
        assertThat(fingerprint.of(TAXPAYER)).isEqualTo("97dd352de03a8d54dc6978cd8b7097f313279c895eb77d6efac96d6596ee6d7f");
    }

    @Test
    void tellsANullFromAnEmptyValueAndTheFieldsApart() {
        Fingerprint fingerprint = new Fingerprint();

        assertThat(fingerprint.of(new Object[] {null, "a"})).isNotEqualTo(fingerprint.of(new Object[] {"", "a"}));
        assertThat(fingerprint.of(new Object[] {"ab", "c"})).isNotEqualTo(fingerprint.of(new Object[] {"a", "bc"}));
    }
}
