package si.asociacija.workflow.registry.internal.file;

/**
 * A business unit of PRS: matična številka (10 digits), full name, legal form and registering
 * authority as text, and the address. Absent values are null, never blank.
 */
public record OrganisationRow(String registrationNumber, String name, String legalForm, String authority,
        String street, String houseNumber, String houseNumberSuffix, String settlement, String postCode,
        String postOffice, String country) implements RegisterRow {

    @Override
    public String key() {
        return registrationNumber;
    }
}
