package si.asociacija.workflow.registry;

/**
 * A record of a register that an import changed ({@code kind} CHANGED, with the names of the fields
 * that changed) or removed (GONE): the record before and after, as one line of text each.
 */
public record RegisterChange(long id, long importId, String register, String kind, String registrationNumber,
        String taxNumber, String changedFields, String before, String after) {

    /**
     * Whether the record is of this organisation (any of its units: the same {@link #company company}) or
     * of this taxpayer; either number may be null.
     */
    public boolean concerns(String registrationNumber, String taxNumber) {
        String company = company(registrationNumber);
        return company != null && company.equals(company(this.registrationNumber))
                || taxNumber != null && taxNumber.equals(this.taxNumber);
    }

    /** The company of a matična številka: its first seven digits (a unit adds three); null when there are fewer. */
    public static String company(String registrationNumber) {
        return registrationNumber == null || registrationNumber.length() < 7 ? null : registrationNumber.substring(0, 7);
    }
}
