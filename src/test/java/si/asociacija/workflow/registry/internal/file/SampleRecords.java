package si.asociacija.workflow.registry.internal.file;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The records of generated register files, made from their index alone, with valid and distinct tax and
 * registration numbers and Slovene letters in names and addresses.
 */
public final class SampleRecords {

    private static final int[] TAX_WEIGHTS = {8, 7, 6, 5, 4, 3, 2};
    private static final int[] REGISTRATION_WEIGHTS = {7, 6, 5, 4, 3, 2};
    private static final String[] ORGANISATIONS = {"Športno društvo Črnuče", "Zavod \"Živa dediščina\", Ljubljana",
        "Kulturno umetniško društvo Šmarje", "Ustanova za čisto okolje & naravo", "Zveza društev upokojencev <Posavje>"};
    private static final String[] LEGAL_FORMS = {"Društvo", "Zavod", "Zasebni zavod", "Ustanova", "Zveza društev",
        "Družba z omejeno odgovornostjo"};
    private static final String[] STREETS = {"Trubarjeva cesta", "Šmartinska cesta", "Cesta Žalskega tabora",
        "Čopova ulica"};
    private static final String[][] TOWNS = {{"Ljubljana", "1000"}, {"Maribor", "2000"}, {"Škofja Loka", "4220"},
        {"Koper", "6000"}, {"Žalec", "3310"}};
    private static final String[] PEOPLE = {"JANEZ NOVAK", "MOJCA ŽAGAR", "PETRA ŠKOF", "LUKA ČEH"};
    private static final String[] ACTIVITIES = {"94.999", "85.520", "68.310", "90.030"};

    private SampleRecords() {
    }

    /** A business unit of PRS; the XML file has no country, its rows carry none. */
    public static OrganisationRow organisation(int i) {
        String[] town = TOWNS[i % TOWNS.length];
        return new OrganisationRow(registrationNumber(i), ORGANISATIONS[i % ORGANISATIONS.length] + " " + (i + 1),
                LEGAL_FORMS[i % LEGAL_FORMS.length], "AJPES, izpostava " + town[0], STREETS[i % STREETS.length],
                String.valueOf(i % 120 + 1), i % 7 == 0 ? "A" : null, town[0], town[1], town[0], "SLOVENIJA");
    }

    /** A line of the FURS PO list: every third VAT-registered, every tenth without a registration number. */
    public static TaxpayerRow legalPerson(int i) {
        boolean vat = i % 3 == 0;
        return new TaxpayerRow(RegisterSource.FURS_PO, taxNumber(i), i % 10 == 9 ? null : registrationNumber(i), vat,
                vat ? LocalDate.of(1995 + i % 30, 1 + i % 12, 1 + i % 28) : null, ACTIVITIES[i % ACTIVITIES.length],
                ORGANISATIONS[i % ORGANISATIONS.length].toUpperCase(Locale.ROOT) + " " + (i + 1), address(i),
                taxOffice(i), false);
    }

    /** The VAT group of a PO line whose company is a group member (every fiftieth), else null. */
    public static String vatGroup(int i) {
        return i % 50 == 49 ? taxNumber(1_000_000 + i) : null;
    }

    /** A line of the FURS DEJ list: every fifth the previous line's person, self-employed in culture. */
    public static TaxpayerRow naturalPerson(int i) {
        boolean culture = i % 5 == 4;
        int person = culture ? i - 1 : i;
        String name = PEOPLE[person % PEOPLE.length] + (culture ? " - SAMOZAPOSLENI V KULTURI" : " S.P.");
        return new TaxpayerRow(RegisterSource.FURS_DEJ, taxNumber(person), registrationNumber(i), false, null,
                culture ? "90.030" : ACTIVITIES[i % ACTIVITIES.length], name, address(i), taxOffice(i), culture);
    }

    /** The i-th valid davčna številka. */
    public static String taxNumber(int i) {
        return withCheckDigit(1_000_000 + 2 * i, TAX_WEIGHTS);
    }

    /** The i-th valid 10-digit matična številka, every fourth of a branch (unit 001). */
    public static String registrationNumber(int i) {
        return withCheckDigit(100_000 + 2 * i, REGISTRATION_WEIGHTS) + (i % 4 == 3 ? "001" : "000");
    }

    /** The number with its check digit (at {@code index}) changed, so it no longer validates. */
    static String broken(String number, int index) {
        char wrong = (char) ('0' + (number.charAt(index) - '0' + 1) % 10);
        return number.substring(0, index) + wrong + number.substring(index + 1);
    }

    private static String address(int i) {
        String[] town = TOWNS[i % TOWNS.length];
        return (STREETS[i % STREETS.length] + " " + (i % 120 + 1) + ", " + town[1] + " " + town[0])
                .toUpperCase(Locale.ROOT);
    }

    private static String taxOffice(int i) {
        int office = 1 + i % 15;
        return (office < 10 ? "0" : "") + office;
    }

    /** Of two neighbouring numbers one has a check digit (mod 11, 10 written 0): the first that does. */
    private static String withCheckDigit(int first, int[] weights) {
        for (int number = first; ; number++) {
            String digits = String.valueOf(number);
            int sum = 0;
            for (int d = 0; d < weights.length; d++) {
                sum += (digits.charAt(d) - '0') * weights[d];
            }
            int check = 11 - sum % 11;
            if (check != 11) {
                return digits + check % 10;
            }
        }
    }
}
