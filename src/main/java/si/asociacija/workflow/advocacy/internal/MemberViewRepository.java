package si.asociacija.workflow.advocacy.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberViewRepository extends JpaRepository<MemberView, Long> {

    Optional<MemberView> findByToken(String token);

    List<MemberView> findByAdvocacyCaseOrderByFieldAscMembershipNumberAsc(AdvocacyCase advocacyCase);

    List<MemberView> findByEmailIgnoreCase(String email);

    /** Members invited and views given, per case opened in {@code [from, to)}. */
    @Query("select v.advocacyCase.id as caseId, count(v) as invited, count(v.givenAt) as given from MemberView v"
            + " where v.advocacyCase.openedAt >= :from and v.advocacyCase.openedAt < :to group by v.advocacyCase.id")
    List<ViewCounts> countPerCaseOpenedIn(@Param("from") Instant from, @Param("to") Instant to);

    /** The members who gave a view on a case opened in {@code [from, to)}, each once. */
    @Query("select count(distinct v.membershipNumber) from MemberView v"
            + " where v.givenAt is not null and v.advocacyCase.openedAt >= :from and v.advocacyCase.openedAt < :to")
    long countMembersWithViewsOnCasesOpenedIn(@Param("from") Instant from, @Param("to") Instant to);

    interface ViewCounts {
        Long getCaseId();

        long getInvited();

        long getGiven();
    }
}
