package si.asociacija.workflow.audit;

/**
 * What other capabilities may ask of the audit trail. Entries hold references, not names or email
 * addresses; a user id is the one identifying text they may hold, as the actor or the subject.
 */
public interface AuditTrail {

    /**
     * Replaces a user id in every entry (as actor or as subject of a user, group membership or
     * authorisation entry) with {@code replacement}, e.g. when a person's account is erased.
     *
     * @return how many entries changed
     */
    int replaceUserId(String userId, String replacement);
}
