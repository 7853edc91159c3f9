package si.asociacija.workflow.advocacy.internal.watch;

import java.io.InputStream;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.ClusterLease;

/**
 * How the watched sources are polled: one after the other on a timer (when {@code asociacija.advocacy.watch.enabled}),
 * by the node that holds the lease {@value #LEASE} (one node of a cluster at a time), or one at once through
 * {@link #POLL} (body: the {@link WatchedSource}; answer: the {@link PollReport}). A source that cannot be read
 * (no answer in time, a status other than 2xx, a file of another shape) raises {@link SourceFailures} and its poll
 * ends there; the other sources are polled as ever. {@link #FETCH} fetches one address over HTTP, or reads a file
 * or classpath resource (the demo's samples).
 */
@Component
class WatchRoutes extends RouteBuilder {

    static final String POLL = "direct:advocacy-watch-poll";
    static final String FETCH = "direct:advocacy-watch-fetch";
    static final String LEASE = "advocacy-watch";
    private static final String SOURCE = "advocacyWatchedSource";
    private static final Logger log = LoggerFactory.getLogger(WatchRoutes.class);

    private final WatchSettings settings;
    private final SourcePoll poll;
    private final SourceFailures failures;
    private final ClusterLease lease;
    private final ResourceLoader files = new DefaultResourceLoader();

    WatchRoutes(WatchSettings settings, SourcePoll poll, SourceFailures failures, ClusterLease lease) {
        this.settings = settings;
        this.poll = poll;
        this.failures = failures;
        this.lease = lease;
    }

    @Override
    public void configure() {
        from(POLL)
                .routeId("advocacy-watch-poll")
                .onException(Exception.class)
                    .handled(true)
                    .process(exchange -> {
                        WatchedSource source = exchange.getProperty(SOURCE, WatchedSource.class);
                        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                        exchange.getMessage().setBody(failures.failed(source, cause));
                    })
                .end()
                .process(exchange -> {
                    WatchedSource source = exchange.getMessage().getMandatoryBody(WatchedSource.class);
                    exchange.setProperty(SOURCE, source);
                    exchange.getMessage().setBody(poll.poll(source));
                });

        from(FETCH)
                .routeId("advocacy-watch-fetch")
                .choice()
                    .when(header(Exchange.HTTP_URI).regex("https?://.*"))
                        .to("http://advocacy-source?followRedirects=true&connectTimeout=" + settings.connectTimeout().toMillis()
                                + "&soTimeout=" + settings.readTimeout().toMillis()
                                + "&responseTimeout=" + settings.readTimeout().toMillis())
                        .convertBodyTo(byte[].class)
                    .otherwise()
                        .process(exchange -> {
                            String url = exchange.getMessage().getHeader(Exchange.HTTP_URI, String.class);
                            try (InputStream content = files.getResource(url).getInputStream()) {
                                exchange.getMessage().setBody(content.readAllBytes());
                            }
                        })
                .end();

        if (!settings.enabled()) {
            log.info("Advocacy sources are polled only when staff ask (asociacija.advocacy.watch.enabled is false)");
            return;
        }
        from("timer:advocacy-watch?delay=" + settings.initialDelay().toMillis() + "&period=" + settings.pollInterval().toMillis())
                .routeId("advocacy-watch")
                .process(exchange -> exchange.getMessage().setBody(settings.all()))
                .split(body())
                    // the lease taken, or renewed before each source; lost to another node: it polls the rest
                    .filter(exchange -> lease.hold(LEASE))
                    .to(POLL)
                .end();
        settings.all().forEach(source -> log.info("Advocacy source {} ({}) is polled every {} from {}", source.name(),
                source.type(), settings.pollInterval(), source.url()));
    }
}
