package si.asociacija.workflow.membership;

import java.util.List;

/** The member register as other capabilities read it. */
public interface MemberDirectory {

    /** Every member with voting rights now (status ACTIVE), by membership number. */
    List<Voter> withVotingRights();
}
