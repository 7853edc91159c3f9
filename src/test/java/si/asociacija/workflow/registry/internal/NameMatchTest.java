package si.asociacija.workflow.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatchTest {

    @Test
    void namesMatchWithoutCaseQuotesOrderAndLegalFormWords() {
        assertThat(NameMatch.same("Živa dediščina, Ljubljana 7 (zavod)", "Zavod \"Živa dediščina\", Ljubljana 7")).isTrue();
        assertThat(NameMatch.same("KUD Šmarje", "Kulturno umetniško društvo Šmarje")).isFalse();
        assertThat(NameMatch.same("Primer d.o.o.", "PRIMER D.O.O.")).isTrue();
        assertThat(NameMatch.same("Društvo „Sodobni ples“", "SODOBNI PLES, DRUŠTVO")).isTrue();
        assertThat(NameMatch.same("Zavodnik", "Zavodnik")).isTrue();
        assertThat(NameMatch.same("Zavod", "Zavod")).isFalse();
        assertThat(NameMatch.same("Plesni zavod", "Gledališki zavod")).isFalse();
    }
}
