package si.asociacija.workflow.membership.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.board.BoardDecision;
import si.asociacija.workflow.board.BoardMotion;

/** The board decision an application goes to ({@code Call_BoardDecision}): admit the applicant. */
@Component("membershipBoardMotion")
class MembershipBoardMotion extends BoardMotion {

    private final MembershipApplications applications;

    MembershipBoardMotion(MembershipApplications applications) {
        this.applications = applications;
    }

    @Override
    protected BoardDecision.Motion motion(DelegateExecution caller) {
        return applications.motion(caller.getProcessBusinessKey());
    }
}
