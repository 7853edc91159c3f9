package si.asociacija.workflow.membership.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import si.asociacija.workflow.membership.FieldOfWork;

interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByApplicationReference(String applicationReference);

    List<Member> findAllByOrderByMembershipNumber();

    List<Member> findByStatus(Member.Status status);

    List<Member> findByStatusAndFieldOrderByMembershipNumber(Member.Status status, FieldOfWork field);

    List<Member> findByEmailIgnoreCaseOrderByMembershipNumber(String email);

    Optional<Member> findByMembershipNumber(String membershipNumber);

    List<Member> findByMembershipNumberIn(Collection<String> membershipNumbers);

    List<Member> findByTypeAndRegistrationNumberAndStatus(ApplicantType type, String registrationNumber, Member.Status status);

    List<Member> findByTypeAndEmailIgnoreCaseAndStatus(ApplicantType type, String email, Member.Status status);
}
