package si.asociacija.workflow.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.registry.internal.file.RegisterSource;

/** Answers from the local copies of the registers (indexed: milliseconds), with the date of the data. */
@Component
class RegisterLookup {

    /** A business unit in PRS. */
    record Organisation(String registrationNumber, String name, String legalForm, String authority, String address) {
    }

    /** A line of a FURS list. */
    record Taxpayer(RegisterSource list, String taxNumber, String registrationNumber, boolean vatRegistered,
            LocalDate vatSince, String activity, String name, String address, boolean selfEmployedInCulture) {
    }

    /** What the registers hold about one organisation or person, and as of when. */
    record Entry(Organisation organisation, List<Taxpayer> taxpayers, Instant prsDate, Instant fursDate) {

        boolean found() {
            return organisation != null || !taxpayers.isEmpty();
        }
    }

    private final JdbcTemplate jdbc;
    private final ImportLog imports;

    RegisterLookup(JdbcTemplate jdbc, ImportLog imports) {
        this.jdbc = jdbc;
        this.imports = imports;
    }

    Entry byRegistrationNumber(String registrationNumber) {
        return entry(organisation(registrationNumber),
                jdbc.query("select * from registry_taxpayer where registration_number = ? order by list, record_key",
                        this::taxpayer, registrationNumber));
    }

    Entry byTaxNumber(String taxNumber) {
        List<Taxpayer> taxpayers = jdbc.query("select * from registry_taxpayer where tax_number = ? order by list, record_key",
                this::taxpayer, taxNumber);
        Organisation organisation = taxpayers.stream().map(Taxpayer::registrationNumber).filter(n -> n != null)
                .map(this::organisation).flatMap(Optional::stream).findFirst().orElse(null);
        return entry(Optional.ofNullable(organisation), taxpayers);
    }

    private Entry entry(Optional<Organisation> organisation, List<Taxpayer> taxpayers) {
        Instant fursDate = imports.dataDate(RegisterSource.FURS_PO).orElse(imports.dataDate(RegisterSource.FURS_DEJ).orElse(null));
        return new Entry(organisation.orElse(null), taxpayers, imports.dataDate(RegisterSource.PRS).orElse(null), fursDate);
    }

    private Optional<Organisation> organisation(String registrationNumber) {
        return jdbc.query("select * from registry_organisation where record_key = ?", (rs, i) -> new Organisation(
                rs.getString("registration_number"), rs.getString("name"), rs.getString("legal_form"), rs.getString("authority"),
                address(rs)), registrationNumber).stream().findFirst();
    }

    private Taxpayer taxpayer(ResultSet rs, int row) throws SQLException {
        return new Taxpayer(RegisterSource.valueOf(rs.getString("list")), rs.getString("tax_number"),
                rs.getString("registration_number"), rs.getBoolean("vat_registered"),
                rs.getDate("vat_since") == null ? null : rs.getDate("vat_since").toLocalDate(), rs.getString("activity"),
                rs.getString("name"), rs.getString("address"), rs.getBoolean("self_employed_in_culture"));
    }

    private static String address(ResultSet rs) throws SQLException {
        String street = join(" ", rs.getString("street"), join("", rs.getString("house_number"), rs.getString("house_number_suffix")));
        String place = join(" ", rs.getString("post_code"), rs.getString("post_office"));
        String settlement = rs.getString("settlement");
        if (settlement != null && !settlement.equalsIgnoreCase(rs.getString("post_office"))) {
            street = join(", ", street, settlement);
        }
        return join(", ", street, place);
    }

    private static String join(String separator, String first, String second) {
        if (first == null || first.isBlank()) {
            return second == null || second.isBlank() ? null : second;
        }
        return second == null || second.isBlank() ? first : first + separator + second;
    }
}
