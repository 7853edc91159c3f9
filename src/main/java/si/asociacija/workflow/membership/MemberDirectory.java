package si.asociacija.workflow.membership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The member register as other capabilities read it. */
public interface MemberDirectory {

    /** Every member with voting rights now (status ACTIVE), by membership number. */
    List<Voter> withVotingRights();

    /** The current members (status ACTIVE) who work in this field of art, by membership number. */
    List<Voter> activeIn(FieldOfWork field);

    /** One member by membership number, whatever their status. */
    Optional<Voter> voter(String membershipNumber);

    /** The members with these membership numbers, whatever their status, in one lookup; a number not in the register is left out. */
    List<Voter> voters(Collection<String> membershipNumbers);

    /** The members (current or former) who gave this email address, for a subject access request. */
    List<Voter> withEmail(String email);
}
