package si.asociacija.workflow.membership;

/**
 * A member with voting rights, as the assembly convenes them: whom to write to, in which language,
 * and (for an organisation) the person who votes for it.
 */
public record Voter(String membershipNumber, String name, String email, String language, String representative) {
}
