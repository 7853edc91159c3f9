package si.asociacija.workflow.membership.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.registry.RegisterChange;
import si.asociacija.workflow.shared.NotFoundException;

/**
 * The changes of the public registers that concern members: each opens one staff task, and staff note
 * it or end the membership. A membership is never ended without them.
 */
@Service
@Transactional
class MemberRegisterChanges {

    static final String PROCESS_KEY = "member-register-change";

    private static final Logger log = LoggerFactory.getLogger(MemberRegisterChanges.class);

    private final MemberRegisterChangeRepository changes;
    private final MemberRegister register;
    private final RuntimeService runtimeService;
    private final ApplicationEventPublisher events;

    MemberRegisterChanges(MemberRegisterChangeRepository changes, MemberRegister register, RuntimeService runtimeService,
                          ApplicationEventPublisher events) {
        this.events = events;
        this.changes = changes;
        this.register = register;
        this.runtimeService = runtimeService;
    }

    /**
     * Records the change for the member and starts its task, in a transaction of its own; false when it
     * was recorded before. The record is inserted first: a concurrent second one fails on its key.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean open(RegisterChange change, String membershipNumber) {
        if (recorded(change, membershipNumber)) {
            return false;
        }
        start(new MemberRegisterChange(change, membershipNumber, Instant.now()));
        audit(membershipNumber, "register-change-found", change.register() + " " + change.kind() + ", change " + change.id());
        log.info("Register change {} ({} {}) of member {}: task opened", change.id(), change.register(), change.kind(),
                membershipNumber);
        return true;
    }

    /**
     * Records what the yearly check of {@code year} flagged for the member and starts its task, in a
     * transaction of its own; false when the member had one that year already.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean openYearly(int year, String membershipNumber, String flaggedChecks, String held, String findings) {
        if (recorded(MemberRegisterChange.reference(year, membershipNumber))) {
            return false;
        }
        start(new MemberRegisterChange(year, membershipNumber, flaggedChecks, held, findings, Instant.now()));
        audit(membershipNumber, "register-check-flagged", "yearly check " + year + ": " + flaggedChecks);
        log.info("Yearly register check {} of member {} flagged {}: task opened", year, membershipNumber, flaggedChecks);
        return true;
    }

    @Transactional(readOnly = true)
    boolean recorded(RegisterChange change, String membershipNumber) {
        return recorded(MemberRegisterChange.reference(change, membershipNumber));
    }

    @Transactional(readOnly = true)
    boolean recorded(String reference) {
        return changes.existsById(reference);
    }

    /** Inserted first, so that a second record of the same reference fails on its key before a task is started. */
    private void start(MemberRegisterChange record) {
        changes.saveAndFlush(record).started(runtimeService.startProcessInstanceByKey(PROCESS_KEY, record.getReference()).getId());
    }

    @Transactional(readOnly = true)
    MemberRegisterChange byReference(String reference) {
        return changes.findById(reference).orElseThrow(NotFoundException::new);
    }

    /** Staff noted the change: the member stays as they are. */
    void note(String reference) {
        MemberRegisterChange change = byReference(reference);
        change.decided(MemberRegisterChange.Decision.NOTED, Instant.now());
        audit(change.getMembershipNumber(), "register-change-noted", reference);
    }

    /** Staff ended the membership on {@code endedOn}, as {@link MemberRegister#end} does. */
    void endMembership(String reference, LocalDate endedOn) {
        MemberRegisterChange change = byReference(reference);
        register.end(change.getMembershipNumber(), endedOn);
        change.decided(MemberRegisterChange.Decision.END_MEMBERSHIP, Instant.now());
    }

    private void audit(String membershipNumber, String action, String detail) {
        events.publishEvent(Audited.of(SubjectType.MEMBER, membershipNumber, action, detail));
    }
}
