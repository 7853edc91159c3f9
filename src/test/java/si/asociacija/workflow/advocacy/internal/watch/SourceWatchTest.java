package si.asociacija.workflow.advocacy.internal.watch;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.ProducerTemplate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.tomakehurst.wiremock.WireMockServer;

import si.asociacija.workflow.AdvocacySourcesServer;
import si.asociacija.workflow.WorkflowTest;

/**
 * The watched sources polled over HTTP (the test's server answers as they do): each matching item opens one
 * advocacy case with its review task, an item seen again opens none, items without the source's keywords or
 * that cannot be read open none.
 */
class SourceWatchTest extends WorkflowTest {

    private final WireMockServer server = AdvocacySourcesServer.server();

    @Autowired
    private ProducerTemplate camel;
    @Autowired
    private WatchSettings settings;
    @Autowired
    private TaskService taskService;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void eDemokracijaIsReadPageByPageUntilAnEmptyPageAndEachDraftOpensOneCase() {
        long first = WatchedPages.freshId();
        stubPage(0, WatchedPages.eDemokracijaPage("Predlog Zakona o kulturi", first, first + 1));
        stubPage(2, WatchedPages.eDemokracijaPage("Predlog Uredbe o samozaposlenih", first + 2, first + 3));
        stubPage(4, "");
        int requestsBefore = requests();

        PollReport report = poll("e-demokracija");

        assertThat(report.failure()).isNull();
        assertThat(report.itemsRead()).isEqualTo(4);
        assertThat(report.matching()).as("no keywords: every draft of the ministry").isEqualTo(4);
        assertThat(report.opened()).hasSize(4).allMatch(reference -> reference.matches("ZS-\\d{4}-\\d{3,}"));
        assertThat(requests() - requestsBefore).as("three pages, the last one empty").isEqualTo(3);

        Map<String, Object> stored = jdbc.queryForMap("select reference, title, proposer, stage, link from advocacy_case"
                + " where source = 'e-demokracija' and item_key = ?", "e-demokracija:" + first);
        assertThat(stored.get("title")).isEqualTo("Predlog Zakona o kulturi " + first);
        assertThat(stored.get("proposer")).isEqualTo("Ministrstvo za kulturo");
        assertThat(stored.get("stage")).isEqualTo("Javna obravnava");
        assertThat(stored.get("link")).isEqualTo(AdvocacySourcesServer.url(
                "/si/drzava-in-druzba/e-demokracija/predlogi-predpisov/predlog-predpisa.html?id=" + first));
        assertThat(report.opened()).contains((String) stored.get("reference"));
        for (String reference : report.opened()) {
            Task review = reviewTask(reference);
            assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewDraft");
        }
        String summary = (String) taskService.getVariable(reviewTask((String) stored.get("reference")).getId(), "draftSummary");
        assertThat(summary).contains("Predlog Zakona o kulturi " + first, "Ministrstvo za kulturo", "Javna obravnava",
                "predlog-predpisa.html?id=" + first);

        PollReport again = poll("e-demokracija");
        assertThat(again.itemsRead()).isEqualTo(4);
        assertThat(again.opened()).as("each draft opens one case, however often it is seen").isEmpty();
    }

    @Test
    void aListThatAnswersTheSamePageForEveryOffsetIsReadOnce() {
        long first = WatchedPages.freshId();
        String path = "/advocacy/" + UUID.randomUUID() + "/predlogi-predpisov.html";
        server.stubFor(get(urlPathEqualTo(path)).willReturn(ok(WatchedPages.eDemokracijaPage("Predlog", first, first + 1))));
        WatchedSource source = new WatchedSource("e-demokracija", SourceType.E_DEMOKRACIJA, AdvocacySourcesServer.url(path),
                List.of("zakon"), List.of("12533"), 20);

        PollReport report = camel.requestBody(WatchRoutes.POLL, source, PollReport.class);

        assertThat(report.itemsRead()).isEqualTo(2);
        assertThat(report.matching()).as("the kind, Zakon, is the summary the keywords look in").isEqualTo(2);
        assertThat(server.countRequestsMatching(getRequestedFor(urlPathEqualTo(path)).build()).getCount())
                .as("the second page has no draft not seen: the list ends").isEqualTo(2);
    }

    @Test
    void theNationalAssemblysOpenBillsOnCultureOpenCases() {
        String unid = "PZ10|" + UUID.randomUUID();
        server.stubFor(get(urlPathEqualTo(AdvocacySourcesServer.NATIONAL_ASSEMBLY))
                .willReturn(ok(WatchedPages.nationalAssembly(unid)).withHeader("Content-Type", "application/xml")));

        PollReport report = poll("dz-pz");

        assertThat(report.failure()).isNull();
        assertThat(report.itemsRead()).as("the bill whose procedure ended is left out").isEqualTo(2);
        assertThat(report.matching()).as("the bill on roads has none of the keywords").isEqualTo(1);
        assertThat(report.opened()).singleElement().satisfies(reference -> assertThat(
                jdbc.queryForMap("select title, proposer, stage, source from advocacy_case where reference = ?", reference))
                .containsEntry("title", "Zakon o medijih " + unid + " (EPA 1874-IX)").containsEntry("proposer", "Vlada")
                .containsEntry("stage", "druga obravnava").containsEntry("source", "dz-pz"));
        assertThat(poll("dz-pz").opened()).isEmpty();
    }

    @Test
    void aFeedsItemsWithTheKeywordsOpenCasesAndAnItemWithoutATitleIsSkipped() {
        String id = UUID.randomUUID().toString();
        server.stubFor(get(urlPathEqualTo(AdvocacySourcesServer.FEED)).willReturn(ok(WatchedPages.atom(id))));

        PollReport report = poll(AdvocacySourcesServer.FEED_NAME);

        assertThat(report.failure()).isNull();
        assertThat(report.itemsRead()).as("the entry without a title is skipped, the others read").isEqualTo(2);
        assertThat(report.matching()).as("the road closure has none of the keywords").isEqualTo(1);
        assertThat(report.opened()).singleElement().satisfies(reference -> assertThat(
                jdbc.queryForMap("select item_key, link from advocacy_case where reference = ?", reference))
                .containsEntry("item_key", AdvocacySourcesServer.FEED_NAME + ":urn:test:" + id + "-1")
                .containsEntry("link", "https://sklad.example.si/pozivi/" + id + "-1"));
        assertThat(jdbc.queryForObject("select count(*) from advocacy_case where item_key like ?", Integer.class,
                "%" + id + "%")).isEqualTo(1);
    }

    @Test
    void theDemosSamplesAreReadFromTheProjectFolder() {
        assertThat(poll("obcina-razpisi")).satisfies(rss -> {
            assertThat(rss.failure()).isNull();
            assertThat(rss.itemsRead()).isEqualTo(2);
            assertThat(rss.matching()).as("the road closure has none of the keywords").isEqualTo(1);
        });
        assertThat(poll("sklad-pozivi")).satisfies(atom -> {
            assertThat(atom.failure()).isNull();
            assertThat(atom.itemsRead()).isEqualTo(1);
        });
        WatchedSource sample = new WatchedSource("e-demokracija", SourceType.E_DEMOKRACIJA,
                "classpath:samples/advocacy/e-demokracija-kultura.html", List.of(), List.of("12533"), 20);

        PollReport drafts = camel.requestBody(WatchRoutes.POLL, sample, PollReport.class);

        assertThat(drafts.failure()).isNull();
        assertThat(drafts.itemsRead()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select link from advocacy_case where source = 'e-demokracija' and item_key = ?",
                String.class, "e-demokracija:18841")).as("links to e-uprava, as the real list's")
                .isEqualTo(SourcePoll.E_UPRAVA.replace("predlogi-predpisov.html", "predlogi-predpisov/predlog-predpisa.html?id=18841"));
    }

    private PollReport poll(String name) {
        return camel.requestBody(WatchRoutes.POLL, settings.source(name), PollReport.class);
    }

    private void stubPage(int offset, String body) {
        server.stubFor(get(urlPathEqualTo(AdvocacySourcesServer.E_DEMOKRACIJA))
                .withQueryParam("rijs", equalTo("12533")).withQueryParam("offset", equalTo(String.valueOf(offset)))
                .withQueryParam("is_ajax", equalTo("1")).withHeader("X-Requested-With", equalTo("XMLHttpRequest"))
                .willReturn(ok(body).withHeader("Content-Type", "text/html; charset=UTF-8")));
    }

    private int requests() {
        return server.countRequestsMatching(getRequestedFor(urlPathEqualTo(AdvocacySourcesServer.E_DEMOKRACIJA)).build()).getCount();
    }

    private Task reviewTask(String reference) {
        return taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    }
}
