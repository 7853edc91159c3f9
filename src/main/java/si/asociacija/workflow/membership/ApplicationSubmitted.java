package si.asociacija.workflow.membership;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A membership application was stored and acknowledged (published in the same transaction). For an
 * organisation, its registration and tax numbers are given so that the registers can check them;
 * a person's numbers are not part of the event.
 */
@DomainEvent
public record ApplicationSubmitted(String reference, boolean organisation, String registrationNumber, String taxNumber) {
}
