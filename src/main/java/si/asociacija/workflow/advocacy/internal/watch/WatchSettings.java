package si.asociacija.workflow.advocacy.internal.watch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code asociacija.advocacy.watch.*}: whether the sources are polled on a schedule, how often (the first
 * poll {@code initialDelay} after the start), how long a source may take to answer, and the sources by name.
 */
@ConfigurationProperties("asociacija.advocacy.watch")
record WatchSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT6H") Duration pollInterval,
        @DefaultValue("PT5M") Duration initialDelay,
        @DefaultValue("PT30S") Duration connectTimeout,
        @DefaultValue("PT2M") Duration readTimeout,
        Map<String, Source> sources) {

    /** The stems a feed's or the National Assembly's items must contain when its {@code keywords} are not given. */
    static final List<String> DEFAULT_KEYWORDS = List.of("kultur", "samozaposlen", "nevladn", "javni razpis");

    WatchSettings {
        sources = sources == null ? Map.of() : new TreeMap<>(sources);
        sources.forEach(WatchSettings::watched); // a source configured wrongly stops the start
    }

    /**
     * A source as configured.
     *
     * @param keywords the stems an item's title or summary must contain; not given: {@link #DEFAULT_KEYWORDS} for a
     *                 feed and the National Assembly, every item for e-Demokracija; given empty ({@code []}): every item
     * @param ministries e-Demokracija: the ministries ({@code rijs}, e.g. 12533 the Ministry of Culture) whose drafts are read
     * @param maxPages e-Demokracija: at most this many pages per ministry and poll
     */
    record Source(SourceType type, String url, List<String> keywords, List<String> ministries,
                  @DefaultValue("20") int maxPages) {
    }

    /** The source of that name, or null when none is configured. */
    WatchedSource source(String name) {
        Source source = sources.get(name);
        return source == null ? null : watched(name, source);
    }

    List<WatchedSource> all() {
        return sources.entrySet().stream().map(e -> watched(e.getKey(), e.getValue())).toList();
    }

    private static WatchedSource watched(String name, Source source) {
        List<String> keywords = source.keywords() != null ? source.keywords()
                : source.type() == SourceType.E_DEMOKRACIJA ? List.of() : DEFAULT_KEYWORDS;
        return new WatchedSource(name, source.type(), source.url(), keywords, source.ministries(), source.maxPages());
    }
}
