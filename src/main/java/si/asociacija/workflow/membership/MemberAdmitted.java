package si.asociacija.workflow.membership;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A new member with voting rights from {@code joinDate}: admitted by the board ({@code applicationReference}
 * names the application), or imported from the earlier register ({@code applicationReference} null).
 */
@DomainEvent
public record MemberAdmitted(String membershipNumber, String applicationReference, LocalDate joinDate) {
}
