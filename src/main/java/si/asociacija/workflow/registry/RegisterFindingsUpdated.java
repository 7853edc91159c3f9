package si.asociacija.workflow.registry;

import org.jmolecules.event.annotation.DomainEvent;

/** A pending check of the application {@code reference} has been answered (VIES was back). */
@DomainEvent
public record RegisterFindingsUpdated(String reference) {
}
