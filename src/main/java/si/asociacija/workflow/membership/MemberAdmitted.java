package si.asociacija.workflow.membership;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/** The board admitted an applicant: a member with voting rights from {@code joinDate}. */
@DomainEvent
public record MemberAdmitted(String membershipNumber, String applicationReference, LocalDate joinDate) {
}
