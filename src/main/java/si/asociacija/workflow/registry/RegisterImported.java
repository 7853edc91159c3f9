package si.asociacija.workflow.registry;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A register file was imported: {@code changed} records changed and {@code gone} disappeared (their
 * details: {@link RegisterChanges}). {@code register} is PRS, FURS_PO or FURS_DEJ.
 */
@DomainEvent
public record RegisterImported(long importId, String register, long changed, long gone) {
}
