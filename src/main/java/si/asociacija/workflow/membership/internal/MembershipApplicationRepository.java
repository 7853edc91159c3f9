package si.asociacija.workflow.membership.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipApplicationRepository extends JpaRepository<MembershipApplication, Long> {

    Optional<MembershipApplication> findByReference(String reference);

    Optional<MembershipApplication> findByStatusToken(String statusToken);

    @Query("""
            select count(a) > 0 from MembershipApplication a where a.open = true
            and (lower(a.email) = lower(:email) or (:registrationNumber is not null and a.registrationNumber = :registrationNumber))
            """)
    boolean existsOpen(String email, String registrationNumber);

    List<MembershipApplication> findAllByOrderBySubmittedAtDesc();

    List<MembershipApplication> findByEmailIgnoreCaseOrderBySubmittedAt(String email);
}
