package si.asociacija.workflow.mail.internal;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: a timer finds the messages that are due (committed, so only after the
 * transaction that caused them); each is claimed, sent over SMTP by one of a few parallel senders
 * and marked sent, or marked for a retry with backoff when sending fails.
 */
@Component
class OutboxRoute extends RouteBuilder {

    private final OutboxDispatcher dispatcher;
    private final MailServerSettings settings;
    private final OutboxProperties properties;

    OutboxRoute(OutboxDispatcher dispatcher, MailServerSettings settings, OutboxProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.settings = settings;
    }

    @Override
    public void configure() {
        from("timer:mail-outbox?delay=1000&period={{asociacija.mail.outbox.poll-interval}}")
                .routeId("mail-outbox")
                .bean(dispatcher, "due")
                .split(body()).parallelProcessing()
                    .executorService(getContext().getExecutorServiceManager()
                            .newFixedThreadPool(this, "mail-outbox-sender", properties.senders()))
                    .filter(method(dispatcher, "claim"))
                    .to("direct:mail-send")
                .end();

        from("timer:mail-outbox-lease?delay=1000&period=" + Math.max(1000, properties.claimLease().toMillis() / 3))
                .routeId("mail-outbox-lease")
                .bean(dispatcher, "renewClaims");

        from("direct:mail-send")
                .routeId("mail-send")
                .onException(Exception.class)
                    .handled(true)
                    .bean(dispatcher, "failed")
                .end()
                .bean(dispatcher, "prepare")
                .to(settings.smtpUri())
                .removeHeaders("*")
                .bean(dispatcher, "sent");
    }
}
