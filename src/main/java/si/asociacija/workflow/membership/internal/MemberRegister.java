package si.asociacija.workflow.membership.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.membership.FieldOfWork;
import si.asociacija.workflow.membership.MemberDirectory;
import si.asociacija.workflow.membership.MembershipEnded;
import si.asociacija.workflow.membership.Voter;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;

/** The member register: who is a member, and ending a membership. */
@Service
@Transactional
class MemberRegister implements MemberDirectory {

    private static final Logger log = LoggerFactory.getLogger(MemberRegister.class);

    private final MemberRepository members;
    private final ApplicationEventPublisher events;

    MemberRegister(MemberRepository members, ApplicationEventPublisher events) {
        this.members = members;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Voter> withVotingRights() {
        return members.findAllByOrderByMembershipNumber().stream().filter(m -> m.getStatus() == Member.Status.ACTIVE)
                .map(m -> new Voter(m.getMembershipNumber(), m.getName(), m.getEmail(), m.getLanguage(),
                        m.getRepresentative()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Voter> activeIn(FieldOfWork field) {
        return members.findByStatusAndFieldOrderByMembershipNumber(Member.Status.ACTIVE, field).stream()
                .map(MemberRegister::asVoter).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Voter> voter(String membershipNumber) {
        return members.findByMembershipNumber(membershipNumber).map(MemberRegister::asVoter);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Voter> voters(Collection<String> membershipNumbers) {
        return membershipNumbers.isEmpty() ? List.of()
                : members.findByMembershipNumberIn(membershipNumbers).stream().map(MemberRegister::asVoter).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Voter> withEmail(String email) {
        return members.findByEmailIgnoreCaseOrderByMembershipNumber(email).stream().map(MemberRegister::asVoter).toList();
    }

    private static Voter asVoter(Member m) {
        return new Voter(m.getMembershipNumber(), m.getName(), m.getEmail(), m.getLanguage(), m.getRepresentative());
    }

    @Transactional(readOnly = true)
    List<Member> all() {
        return members.findAllByOrderByMembershipNumber();
    }

    /** Ends a membership on {@code endedOn} (not before the member joined); an ended one stays ended. */
    Member end(String membershipNumber, LocalDate endedOn) {
        Member member = members.findByMembershipNumber(membershipNumber).orElseThrow(NotFoundException::new);
        if (endedOn == null) {
            throw InvalidInputException.of("endedOn", "is required (YYYY-MM-DD)");
        }
        if (endedOn.isBefore(member.getJoinDate())) {
            throw InvalidInputException.of("endedOn", "is before the member joined (" + member.getJoinDate() + ")");
        }
        if (!member.end(endedOn)) {
            throw new ConflictException("The membership " + membershipNumber + " has already ended.");
        }
        events.publishEvent(new MembershipEnded(membershipNumber, endedOn));
        events.publishEvent(Audited.of(SubjectType.MEMBER, membershipNumber, "ended", "on " + endedOn));
        log.info("Membership {} ended on {}", membershipNumber, endedOn);
        return member;
    }
}
