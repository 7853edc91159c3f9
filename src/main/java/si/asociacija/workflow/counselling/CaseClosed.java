package si.asociacija.workflow.counselling;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;

/** An assistance case was closed (resolved, closed without a reply, or set aside in triage). */
@DomainEvent
public record CaseClosed(String reference, CaseOutcome outcome, Instant closedAt) {
}
