package si.asociacija.workflow.assembly.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VoteRepository extends JpaRepository<Vote, Long> {

    long countByItemId(Long itemId);

    /** Members who voted (themselves or by proxy, on their link or on paper) on any item of an assembly. */
    @Query("""
            select count(distinct v.membershipNumber) from AssemblyVote v
            where v.itemId in (select i.id from Assembly a join a.items i where a.id = :assemblyId)""")
    long countVoters(Long assemblyId);

    /** Asked before every vote is stored, so the query is written out (and its plan cached, unlike a derived query's). */
    @Query("select count(v) > 0 from AssemblyVote v where v.itemId = :itemId and v.membershipNumber = :membershipNumber")
    boolean existsByItemIdAndMembershipNumber(Long itemId, String membershipNumber);

    List<Vote> findByItemIdOrderByMembershipNumber(Long itemId);

    @Query("select v.choice as choice, count(v) as votes from AssemblyVote v where v.itemId = :itemId and v.choice is not null group by v.choice")
    List<ChoiceCount> countChoices(Long itemId);

    interface ChoiceCount {
        String getChoice();
        long getVotes();
    }
}
