package si.asociacija.workflow.registry.internal.file;

import java.time.LocalDate;

/**
 * A line of a FURS list: davčna številka, matična številka (null when blank), whether VAT-registered and
 * since when (PO only), SKD activity code, name, address, tax office code, and for natural persons
 * whether the line is their registration as self-employed in culture (name ending in
 * "SAMOZAPOSLENI V KULTURI"). Absent values are null, never blank.
 */
public record TaxpayerRow(RegisterSource list, String taxNumber, String registrationNumber, boolean vatRegistered,
        LocalDate vatSince, String activity, String name, String address, String taxOffice,
        boolean selfEmployedInCulture) implements RegisterRow {

    /** One tax number may have several lines (a sole trader and self-employed in culture): each its own unit. */
    @Override
    public String key() {
        return taxNumber + "/" + (registrationNumber == null ? "" : registrationNumber) + (selfEmployedInCulture ? "/K" : "");
    }
}
