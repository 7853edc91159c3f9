package si.asociacija.workflow.advocacy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import si.asociacija.workflow.advocacy.internal.watch.Draft;
import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.ReferenceNumbers;

/**
 * A draft becomes an advocacy case: stored with its reference ({@code ZS-2027-001}) and put into process
 * {@value #PROCESS_KEY}, whose first step is staff's review. Each item of a source opens one case: the
 * database's unique key on (source, item) decides, so two polls or two nodes seeing it at once open one.
 */
@Service
public class AdvocacyIntake {

    static final String PROCESS_KEY = "advocacy-case";
    private static final Logger log = LoggerFactory.getLogger(AdvocacyIntake.class);

    private final AdvocacyCaseRepository cases;
    private final ReferenceNumbers referenceNumbers;
    private final RuntimeService runtime;
    private final AdvocacyDeadlines deadlines;
    private final AdvocacyTaskTexts taskTexts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;

    AdvocacyIntake(AdvocacyCaseRepository cases, ReferenceNumbers referenceNumbers, RuntimeService runtime,
                   AdvocacyDeadlines deadlines, AdvocacyTaskTexts taskTexts, ApplicationEventPublisher events,
                   PlatformTransactionManager transactionManager) {
        this.cases = cases;
        this.referenceNumbers = referenceNumbers;
        this.runtime = runtime;
        this.deadlines = deadlines;
        this.taskTexts = taskTexts;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A draft a source listed: a new case with its reference, or empty when this item of this source has
     * opened one before (now or on another node).
     */
    public Optional<String> offer(Draft draft) {
        if (cases.existsBySourceAndItemKey(draft.source(), draft.id())) {
            return Optional.empty();
        }
        try {
            return Optional.of(ownTransaction.execute(status -> open(draft, null, draft.changed(), Audited.SYSTEM)));
        } catch (DataIntegrityViolationException seenAtTheSameTime) {
            log.debug("{} {} was opened by another poll", draft.source(), draft.id());
            return Optional.empty();
        }
    }

    /** A case staff open by hand; the same link opened twice is refused (409). */
    public String openByHand(Draft draft, String consultationAddress, LocalDate consultationOpenedOn) {
        if (cases.existsBySourceAndItemKey(draft.source(), draft.id())) {
            throw new ConflictException("An advocacy case for " + draft.id() + " is already open.");
        }
        return open(draft, consultationAddress, consultationOpenedOn, null);
    }

    /**
     * A case staff start in Tasklist with the start form: the record for the process instance already
     * running (its business key is set by the caller); the variables its first tasks need.
     */
    Started registerStarted(Draft draft, String consultationAddress, LocalDate consultationOpenedOn) {
        if (cases.existsBySourceAndItemKey(draft.source(), draft.id())) {
            throw new ConflictException("An advocacy case for " + draft.id() + " is already open.");
        }
        AdvocacyCase advocacyCase = register(draft, consultationAddress, consultationOpenedOn, null);
        return new Started(advocacyCase.getReference(), variables(advocacyCase));
    }

    /** A case registered for a running process instance: its reference (the business key) and variables. */
    record Started(String reference, Map<String, Object> variables) {
    }

    private String open(Draft draft, String consultationAddress, LocalDate openedOn, String actor) {
        AdvocacyCase advocacyCase = register(draft, consultationAddress, openedOn, actor);
        runtime.startProcessInstanceByKey(PROCESS_KEY, advocacyCase.getReference(), variables(advocacyCase));
        return advocacyCase.getReference();
    }

    private AdvocacyCase register(Draft draft, String consultationAddress, LocalDate openedOn, String actor) {
        Instant now = ClockUtil.now().toInstant();
        String reference = referenceNumbers.next("ZS", "ZS-%d-%03d");
        AdvocacyCase advocacyCase = cases.saveAndFlush(new AdvocacyCase(reference, draft, consultationAddress, openedOn, now));
        Audited opened = Audited.of(SubjectType.ADVOCACY, reference, "opened", draft.source());
        events.publishEvent(actor == null ? opened : opened.by(actor));
        log.info("Advocacy case {} opened from {}: {}", reference, draft.source(), draft.title());
        return advocacyCase;
    }

    private Map<String, Object> variables(AdvocacyCase advocacyCase) {
        Instant opened = advocacyCase.getOpenedAt();
        return Map.of(
                "draftSummary", taskTexts.summary(advocacyCase),
                "reviewDue", Date.from(deadlines.reviewDue(opened)),
                "escalateAt", Date.from(deadlines.escalateAt(deadlines.defaultResponseDeadline(advocacyCase.getConsultationDeadline(), opened))));
    }
}
