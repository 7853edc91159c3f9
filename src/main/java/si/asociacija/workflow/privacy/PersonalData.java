package si.asociacija.workflow.privacy;

/**
 * What one capability holds on a person, found by the email address they gave: every record of theirs,
 * as it is stored, for a subject access request.
 */
public interface PersonalData {

    /** Adds the capability's records on the person (none when it holds nothing) to the export. */
    void export(String email, PersonalDataExport export);
}
