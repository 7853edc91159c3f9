package si.asociacija.workflow.advocacy.internal.watch;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of the government's drafts in public consultation (e-Demokracija, "Predlogi predpisov"), as its
 * list answers it to {@code ...predlogi-predpisov.html?is_ajax=1&rijs=<ministry>&offset=N}: a table
 * {@code edemokracijaSeznam} with a row per draft (its status, the date it changed, the title linking to
 * {@code predlog-predpisa.html?id=N}, the ministry, the kind and the stage). A page past the last answers
 * no rows. A row without a draft's link is skipped with a log line; a table none of whose rows can be read has
 * changed its layout.
 */
final class EDemokracijaList {

    static final String SOURCE = "e-demokracija";

    private EDemokracijaList() {
    }

    /** The drafts on the page; {@code baseUri} makes their links absolute. */
    static List<Draft> parse(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri);
        Element table = page.selectFirst("table.edemokracijaSeznam");
        if (table == null) {
            if (page.body().text().isBlank()) {
                return List.of();
            }
            throw new SourceLayoutChanged(SOURCE, "no table edemokracijaSeznam in the answer");
        }
        UnreadableItems drafts = new UnreadableItems(SOURCE);
        for (Element row : table.select("tr")) {
            if (!row.select("td").isEmpty()) {
                drafts.read(() -> draft(row));
            }
        }
        return drafts.drafts();
    }

    private static Draft draft(Element row) {
        Element title = row.selectFirst("a[href*=predlog-predpisa.html]");
        if (title == null) {
            throw new UnreadableItems.Unreadable("a row without a link to predlog-predpisa.html");
        }
        String link = title.absUrl("href");
        String id = idOf(link);
        if (id == null) {
            throw new UnreadableItems.Unreadable("a draft's link without its id: " + link);
        }
        Elements info = row.select(".additionalInfo");
        Element ministry = title.nextElementSibling();
        Element changed = row.selectFirst(".datumSpremembe");
        return new Draft(SOURCE, SOURCE + ":" + id, title.text(),
                ministry != null && ministry.is("div") ? ministry.text() : null,
                info.size() > 1 ? info.get(1).text() : null,
                link, changed == null ? null : SlovenianDates.find(changed.text()), null,
                info.isEmpty() ? null : info.get(0).text());
    }

    private static String idOf(String link) {
        String id = UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("id");
        return id != null && id.matches("\\d+") ? id : null;
    }
}
