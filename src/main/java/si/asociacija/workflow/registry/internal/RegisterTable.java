package si.asociacija.workflow.registry.internal;

import java.sql.Types;
import java.util.List;
import java.util.Map;

import si.asociacija.workflow.registry.internal.file.OrganisationRow;
import si.asociacija.workflow.registry.internal.file.RegisterRow;
import si.asociacija.workflow.registry.internal.file.RegisterSource;
import si.asociacija.workflow.registry.internal.file.TaxpayerRow;

/**
 * Where the records of one register are kept: the table, its staging table for an import in progress,
 * the part of the table that one register file replaces ({@code scope}) and the data columns.
 */
record RegisterTable(RegisterSource source, String table, String scope, List<String> columns) {

    private static final List<String> ORGANISATION = List.of("registration_number", "name", "legal_form", "authority",
            "street", "house_number", "house_number_suffix", "settlement", "post_code", "post_office", "country");
    private static final List<String> TAXPAYER = List.of("list", "tax_number", "registration_number", "vat_registered",
            "vat_since", "activity", "name", "address", "tax_office", "self_employed_in_culture");
    private static final Map<String, Integer> NOT_TEXT = Map.of("vat_registered", Types.BOOLEAN, "vat_since", Types.DATE,
            "self_employed_in_culture", Types.BOOLEAN);

    static RegisterTable of(RegisterSource source) {
        return switch (source) {
            case PRS -> new RegisterTable(source, "registry_organisation", "1 = 1", ORGANISATION);
            case FURS_PO, FURS_DEJ -> new RegisterTable(source, "registry_taxpayer", "t.list = '" + source.name() + "'", TAXPAYER);
        };
    }

    String staging() {
        return table + "_staging";
    }

    /** The data columns' values of a record, in the order of {@link #columns()}. */
    Object[] values(RegisterRow row) {
        if (row instanceof OrganisationRow o) {
            return new Object[] {o.registrationNumber(), o.name(), o.legalForm(), o.authority(),
                o.street(), o.houseNumber(), o.houseNumberSuffix(), o.settlement(), o.postCode(), o.postOffice(), o.country()};
        }
        TaxpayerRow t = (TaxpayerRow) row;
        return new Object[] {t.list().name(), t.taxNumber(), t.registrationNumber(), t.vatRegistered(),
            t.vatSince(), t.activity(), t.name(), t.address(), t.taxOffice(), t.selfEmployedInCulture()};
    }

    /** The JDBC types of the data columns, in the order of {@link #columns()}. */
    int[] types() {
        return columns.stream().mapToInt(column -> NOT_TEXT.getOrDefault(column, Types.VARCHAR)).toArray();
    }

    String columnList(String alias) {
        return String.join(", ", columns.stream().map(c -> alias.isEmpty() ? c : alias + "." + c).toList());
    }
}
