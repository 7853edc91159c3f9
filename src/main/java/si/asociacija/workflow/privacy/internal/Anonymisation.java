package si.asociacija.workflow.privacy.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.validator.routines.EmailValidator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.privacy.Erasure;
import si.asociacija.workflow.privacy.PersonalData;
import si.asociacija.workflow.privacy.RetentionPeriods;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.InvalidInputException;

/**
 * Anonymises personal data in one transaction across the capabilities: a person's on request (erasure),
 * or everything past its retention period (the nightly run). The records about the anonymised ones (mails,
 * motions) and the engine's history of their processes go in the same transaction.
 */
@Service
class Anonymisation {

    private static final Logger log = LoggerFactory.getLogger(Anonymisation.class);
    /** The kinds of record the audit trail follows, by their subject there. */
    private static final Map<String, SubjectType> AUDITED = Map.of("membership/applications", SubjectType.APPLICATION,
            "membership/members", SubjectType.MEMBER, "counselling/assistance-cases", SubjectType.CASE,
            "board/motions", SubjectType.BOARD_VOTE);

    private final List<PersonalData> holders;
    private final ProcessHistories histories;
    private final RetentionPeriods periods;
    private final ApplicationEventPublisher events;

    Anonymisation(List<PersonalData> holders, ProcessHistories histories, RetentionPeriods periods,
                  ApplicationEventPublisher events) {
        this.holders = holders;
        this.histories = histories;
        this.periods = periods;
        this.events = events;
    }

    /**
     * Erases what is held on the person, or nothing at all: refused (409 with the reasons) while they are
     * a current member or have an application or case still open.
     */
    @Transactional
    Erasure erase(String email) {
        if (email == null || !EmailValidator.getInstance().isValid(email.trim())) {
            throw InvalidInputException.of("email", "is not a valid email address");
        }
        String address = email.trim();
        List<String> refusals = holders.stream().flatMap(holder -> holder.erasureRefusals(address).stream()).toList();
        if (!refusals.isEmpty()) {
            throw new ConflictException("The personal data cannot be erased: " + String.join(" ", refusals));
        }
        Erasure erasure = new Erasure(ClockUtil.getCurrentTime().toInstant());
        holders.forEach(holder -> holder.erase(address, erasure));
        finish(erasure, true);
        log.info("Erasure request: {} records anonymised ({})", erasure.count(), erasure.references());
        return erasure;
    }

    /** Anonymises every record whose retention period has ended. */
    @Transactional
    Erasure anonymiseExpired() {
        Erasure erasure = new Erasure(ClockUtil.getCurrentTime().toInstant());
        holders.forEach(holder -> holder.anonymiseExpired(periods, erasure));
        finish(erasure, false);
        if (erasure.count() > 0) {
            log.info("Retention: {} records past their period anonymised ({})", erasure.count(), erasure.references());
        }
        return erasure;
    }

    private void finish(Erasure erasure, boolean refuseRunning) {
        Set<String> references = erasure.references();
        if (!references.isEmpty()) {
            holders.forEach(holder -> holder.anonymiseAbout(references, erasure));
        }
        histories.remove(erasure.processes(), refuseRunning);
        String action = refuseRunning ? "erased-on-request" : "anonymised-after-retention";
        erasure.byKind().forEach((kind, anonymised) -> {
            if (AUDITED.containsKey(kind)) {
                anonymised.forEach(reference -> events.publishEvent(Audited.of(AUDITED.get(kind), reference, action, null)));
            }
        });
    }
}
