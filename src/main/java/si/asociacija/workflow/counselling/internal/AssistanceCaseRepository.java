package si.asociacija.workflow.counselling.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import si.asociacija.workflow.shared.NotFoundException;

/** Assistance cases, found by reference, private link, client or the Message-IDs of their messages. */
public interface AssistanceCaseRepository extends JpaRepository<AssistanceCase, Long> {

    Optional<AssistanceCase> findByReference(String reference);

    /** The case with this reference, or a 404 for the caller. */
    default AssistanceCase byReference(String reference) {
        return findByReference(reference).orElseThrow(NotFoundException::new);
    }

    Optional<AssistanceCase> findByStatusToken(String statusToken);

    List<AssistanceCase> findByEmailIgnoreCaseOrderByReceivedAt(String email);

    long countByEmailIgnoreCaseAndReceivedAtAfter(String email, Instant after);

    @Query("select c from AssistanceCase c join c.messages m where m.messageId in :messageIds")
    List<AssistanceCase> findByMessageIds(List<String> messageIds);

    List<AssistanceCase> findByReceivedAtGreaterThanEqualAndReceivedAtLessThanOrderByReceivedAt(Instant from, Instant to);

    /** Cases not in {@code done} still waiting for their first answer after its due time. */
    @Query("""
            select count(c) from AssistanceCase c where c.status not in :done
              and c.firstResponseAt is null and c.firstResponseDue < :now""")
    long countFirstResponseOverdue(Collection<CaseState> done, Instant now);

    /** Cases not in {@code done} past their resolution due time. */
    @Query("select count(c) from AssistanceCase c where c.status not in :done and c.resolutionDue < :now")
    long countResolutionOverdue(Collection<CaseState> done, Instant now);
}
