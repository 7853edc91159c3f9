package si.asociacija.workflow.registry.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import si.asociacija.workflow.registry.RegisterFindings.Result;
import si.asociacija.workflow.registry.RegisterFindingsUpdated;
import si.asociacija.workflow.registry.internal.vies.VatCheck;
import si.asociacija.workflow.registry.internal.vies.ViesClient;

/**
 * Asks VIES about the pending VAT checks, a few at a time, outside any transaction; an answer fills the
 * finding in (and tells the application's process), "try later" or an outage asks again later, waiting
 * twice as long each time up to an hour.
 */
@Component
class PendingVatChecks {

    private static final Logger log = LoggerFactory.getLogger(PendingVatChecks.class);
    private static final int BATCH = 10;
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final FindingStore store;
    private final ViesClient vies;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    PendingVatChecks(FindingStore store, ViesClient vies, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.store = store;
        this.vies = vies;
        this.transaction = transaction;
        this.events = events;
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${asociacija.registry.vies.pending-interval:PT5S}")
    void askVies() {
        for (FindingStore.PendingVat pending : store.claimDue(BATCH, LEASE)) {
            VatCheck answer = vies.check("SI", pending.vatNumber());
            transaction.executeWithoutResult(status -> record(pending, answer));
        }
    }

    private void record(FindingStore.PendingVat pending, VatCheck answer) {
        if (answer.outcome() == VatCheck.Outcome.UNKNOWN) {
            int attempts = pending.attempts() + 1;
            Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(attempts - 1, 6));
            store.askAgain(pending.reference(), attempts, Instant.now().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
            log.info("VIES could not answer about {} ({}); asking again in {}", pending.reference(), answer.reason(), wait);
            return;
        }
        String detail = answer.outcome() == VatCheck.Outcome.VALID
                ? String.join(", ", Stream.of("SI" + pending.vatNumber(), answer.name(), answer.address())
                        .filter(s -> s != null && !s.isBlank()).toList())
                : "SI" + pending.vatNumber();
        store.answered(pending.reference(), answer.outcome() == VatCheck.Outcome.VALID ? Result.OK : Result.MISMATCH, detail);
        events.publishEvent(new RegisterFindingsUpdated(pending.reference()));
    }
}
