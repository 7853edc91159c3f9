package si.asociacija.workflow.registry;

/**
 * A record of a register that an import changed ({@code kind} CHANGED, with the names of the fields
 * that changed) or removed (GONE): the record before and after, as one line of text each.
 */
public record RegisterChange(long id, long importId, String register, String kind, String registrationNumber,
        String taxNumber, String changedFields, String before, String after) {
}
