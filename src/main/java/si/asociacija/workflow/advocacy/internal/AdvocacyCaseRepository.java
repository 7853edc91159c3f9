package si.asociacija.workflow.advocacy.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdvocacyCaseRepository extends JpaRepository<AdvocacyCase, Long> {

    Optional<AdvocacyCase> findByReference(String reference);

    boolean existsBySourceAndItemKey(String source, String itemKey);

    List<AdvocacyCase> findAllByOrderByOpenedAtDesc();

    List<AdvocacyCase> findByOpenedAtBetweenOrderByOpenedAt(Instant from, Instant to);

    /** The cases opened in {@code [from, to)}, oldest first. */
    List<AdvocacyCase> findByOpenedAtGreaterThanEqualAndOpenedAtLessThanOrderByOpenedAt(Instant from, Instant to);

    List<AdvocacyCase> findByStatusNotInOrderByOpenedAt(Collection<AdvocacyStatus> statuses);

    boolean existsByLink(String link);
}
