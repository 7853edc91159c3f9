package si.asociacija.workflow.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.audit.Audited;

/**
 * Writes each {@link Audited} as it is published, in the publisher's transaction: a plain listener, not an
 * after-commit one, so the entry commits or rolls back with the change it describes.
 */
@Component
class AuditRecorder {

    private final AuditEntries entries;
    private final Actor actor;

    AuditRecorder(AuditEntries entries, Actor actor) {
        this.entries = entries;
        this.actor = actor;
    }

    @EventListener
    void on(Audited audited) {
        entries.add(audited, audited.actor() != null ? audited.actor() : actor.current());
    }
}
