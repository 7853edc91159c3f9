package si.asociacija.workflow.mail.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The outbox as the office watches it: {@code asociacija_mail_outbox_backlog} (messages waiting to be
 * sent or being sent) and {@code asociacija_mail_outbox_failed} (messages whose attempts ran out, to
 * retry at {@code /api/mail/outbox}). Counted in the database at each reading.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final OutboxMessageRepository messages;

    OutboxMetrics(OutboxMessageRepository messages) {
        this.messages = messages;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("asociacija.mail.outbox.backlog", messages,
                        m -> m.countByStatusIn(List.of(OutboxMessage.Status.PENDING, OutboxMessage.Status.SENDING)))
                .description("Mail waiting to be sent").register(registry);
        Gauge.builder("asociacija.mail.outbox.failed", messages, m -> m.countByStatusIn(List.of(OutboxMessage.Status.FAILED)))
                .description("Mail whose attempts ran out").register(registry);
    }
}
