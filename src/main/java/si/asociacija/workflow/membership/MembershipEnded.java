package si.asociacija.workflow.membership;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/** A membership ended on {@code endedOn}: from then on the member has no voting rights. */
@DomainEvent
public record MembershipEnded(String membershipNumber, LocalDate endedOn) {
}
