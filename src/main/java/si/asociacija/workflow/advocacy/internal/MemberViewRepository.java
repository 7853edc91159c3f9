package si.asociacija.workflow.advocacy.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberViewRepository extends JpaRepository<MemberView, Long> {

    Optional<MemberView> findByToken(String token);

    List<MemberView> findByAdvocacyCaseOrderByFieldAscMembershipNumberAsc(AdvocacyCase advocacyCase);

    List<MemberView> findByEmailIgnoreCase(String email);
}
