package si.asociacija.workflow.membership.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRegisterChangeRepository extends JpaRepository<MemberRegisterChange, String> {
}
