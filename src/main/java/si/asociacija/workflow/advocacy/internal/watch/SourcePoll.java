package si.asociacija.workflow.advocacy.internal.watch;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.advocacy.internal.AdvocacyIntake;

/**
 * One poll of one source: its items read in the shape it publishes, those whose title or summary has one of
 * its keywords offered as advocacy cases (an item seen before opens none: {@link AdvocacyIntake} decides by the
 * database's unique key). e-Demokracija is read per ministry, page after page ({@code offset} 0, N, 2N, ... with
 * N the rows of the first page) until a page has no rows or none not seen in this poll, at most
 * {@code maxPages} pages.
 */
@Component
class SourcePoll {

    /** Where e-Demokracija's links point when the list is not read from e-uprava itself (the demo's sample). */
    static final String E_UPRAVA = "https://e-uprava.gov.si/si/drzava-in-druzba/e-demokracija/predlogi-predpisov.html";
    private static final String E_DEMOKRACIJA_QUERY = "?lang=si&is_ajax=1&comment=-&type=-&status=-&cat=-&rijs=%s&offset=%d"
            + "&sentinel_type=ok&sentinel_status=ok&complete=true";
    private static final Map<String, String> AJAX = Map.of("X-Requested-With", "XMLHttpRequest");
    private static final Logger log = LoggerFactory.getLogger(SourcePoll.class);

    private final SourceFetch fetch;
    private final AdvocacyIntake intake;

    SourcePoll(SourceFetch fetch, AdvocacyIntake intake) {
        this.fetch = fetch;
        this.intake = intake;
    }

    PollReport poll(WatchedSource source) {
        List<Draft> drafts = switch (source.type()) {
            case E_DEMOKRACIJA -> eDemokracija(source);
            case NATIONAL_ASSEMBLY -> NationalAssemblyBills.parse(new ByteArrayInputStream(fetch.get(source.url(), Map.of())));
            case FEED -> Feed.parse(source.name(), new ByteArrayInputStream(fetch.get(source.url(), Map.of())));
        };
        Keywords keywords = new Keywords(source.keywords());
        List<Draft> matching = drafts.stream().map(draft -> draft.seenBy(source.name())).filter(keywords::matches).toList();
        List<String> opened = new ArrayList<>();
        for (Draft draft : matching) {
            intake.offer(draft).ifPresent(opened::add);
        }
        log.info("Advocacy source {}: {} items read, {} matching, {} new cases {}", source.name(), drafts.size(),
                matching.size(), opened.size(), opened);
        return new PollReport(source.name(), drafts.size(), matching.size(), opened, null);
    }

    private List<Draft> eDemokracija(WatchedSource source) {
        String linkBase = source.overHttp() ? source.url() : E_UPRAVA;
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (String ministry : source.ministries()) {
            Set<String> seen = new HashSet<>();
            int offset = 0;
            int rows = 0;
            for (int page = 0; ; page++) {
                if (page == source.maxPages()) {
                    log.warn("Advocacy source {}: ministry {} lists more than {} pages; the rest is not read (max-pages)",
                            source.name(), ministry, source.maxPages());
                    break;
                }
                String html = new String(fetch.get(pageUrl(source, ministry, offset), AJAX), StandardCharsets.UTF_8);
                List<Draft> onPage = EDemokracijaList.parse(html, linkBase);
                boolean anyNew = false;
                for (Draft draft : onPage) {
                    anyNew |= seen.add(draft.id());
                    drafts.putIfAbsent(draft.id(), draft);
                }
                if (page == 0) {
                    rows = onPage.size();
                }
                if (onPage.isEmpty() || !anyNew) {
                    break;
                }
                offset += rows;
            }
        }
        return List.copyOf(drafts.values());
    }

    /** The list's page for one ministry from {@code offset}; a file (the demo's sample) is the same page whatever the offset. */
    static String pageUrl(WatchedSource source, String ministry, int offset) {
        return source.overHttp() ? source.url() + E_DEMOKRACIJA_QUERY.formatted(ministry, offset) : source.url();
    }
}
