package si.asociacija.workflow.advocacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import si.asociacija.workflow.advocacy.internal.watch.Draft;
import si.asociacija.workflow.membership.FieldOfWork;
import si.asociacija.workflow.membership.Voter;
import si.asociacija.workflow.shared.ReferenceNumbers;

/**
 * The yearly report, over cases opened in a year no other test uses (cases stored with that opening date):
 * one acted on, answered and partly taken into account with two members invited and one view; one not acted
 * on; one still in review with a consultation of 14 days.
 */
class AdvocacyReportTest extends AdvocacyApiTestBase {

    @Autowired
    AdvocacyCaseRepository cases;
    @Autowired
    MemberViewRepository views;
    @Autowired
    TransactionTemplate transactions;

    private int year;
    private String acted;
    private String notActing;
    private String pending;

    @BeforeEach
    void aYearOfCases() {
        do {
            year = ThreadLocalRandom.current().nextInt(1600, 2000);
        } while (!cases.findByOpenedAtGreaterThanEqualAndOpenedAtLessThanOrderByOpenedAt(start(year), start(year + 1)).isEmpty());
        acted = stored(3, 40, c -> {
            c.act("Zadeva glasbenike.", c.getConsultationDeadline().minusDays(2), Set.of(FieldOfWork.MUSIC, FieldOfWork.RESEARCH),
                    "staff", null, c.getOpenedAt().plusSeconds(86400 * 20));
            c.toBoard("Stališče.");
            c.approved("UO-" + year + "-001");
            c.submitted(SubmissionChannel.EMAIL, c.getOpenedAt().plusSeconds(86400 * 30), "<id@asociacija>", null, "gp@gov.si");
            c.outcome(Reception.PARTLY, "Delno.", null, c.getOpenedAt().plusSeconds(86400 * 60));
        });
        notActing = stored(5, 30, c -> c.notActing("Ne zadeva kulture.", c.getOpenedAt().plusSeconds(86400)));
        pending = stored(6, 14, c -> { });
        transactions.executeWithoutResult(status -> {
            AdvocacyCase c = cases.findByReference(acted).orElseThrow();
            MemberView given = views.save(new MemberView(c, UUID.randomUUID().toString(), member(), FieldOfWork.MUSIC));
            given.give("Moje mnenje.", List.of(), c.getOpenedAt().plusSeconds(86400 * 10));
            views.save(new MemberView(c, UUID.randomUUID().toString(), member(), FieldOfWork.RESEARCH));
        });
    }

    @Test
    void theCsvHasALinePerCaseOpenedThatYear() throws IOException {
        for (ResponseEntity<String> answer : List.of(report("?year=" + year, "text/csv"), report("?year=" + year + "&format=csv", "*/*"))) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/csv");
            List<CSVRecord> lines = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(answer.getBody())).getRecords();
            assertThat(lines.get(0).getParser().getHeaderNames()).containsExactly(AdvocacyReport.HEADER);
            assertThat(lines).extracting(line -> line.get("reference")).containsExactly(acted, notActing, pending);
            CSVRecord first = lines.get(0);
            assertThat(first.get("opened")).isEqualTo(year + "-03-01");
            assertThat(first.get("source")).isEqualTo(AdvocacyCase.BY_HAND);
            assertThat(first.get("daysGiven")).isEqualTo("40");
            assertThat(first.get("shortConsultation")).isEqualTo("false");
            assertThat(first.get("decision")).isEqualTo("acted");
            assertThat(first.get("fields")).isEqualTo("MUSIC;RESEARCH");
            assertThat(first.get("viewsInvited")).isEqualTo("2");
            assertThat(first.get("viewsGiven")).isEqualTo("1");
            assertThat(first.get("submittedAt")).startsWith(year + "-03-");
            assertThat(first.get("submittedVia")).isEqualTo("EMAIL");
            assertThat(first.get("outcome")).isEqualTo("PARTLY");
            assertThat(lines.get(1).get("decision")).isEqualTo("not acting");
            assertThat(lines.get(1).get("viewsInvited")).isEqualTo("0");
            assertThat(lines.get(2).get("decision")).isEqualTo("pending");
            assertThat(lines.get(2).get("shortConsultation")).isEqualTo("true");
        }
    }

    @Test
    void thePageHasTheTotalsFirstThenTheTable() {
        for (ResponseEntity<String> answer : List.of(report("?year=" + year, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"),
                report("?year=" + year + "&format=html", "*/*"))) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/html");
            Document page = Jsoup.parse(answer.getBody());
            assertThat(page.select("#seen").text()).isEqualTo("3");
            assertThat(page.select("#actedOn").text()).isEqualTo("1");
            assertThat(page.select("#answered").text()).isEqualTo("1");
            assertThat(page.select("#membersInvolved").text()).isEqualTo("1");
            assertThat(page.select("#viewsGiven").text()).isEqualTo("1");
            assertThat(page.select("#outcome-PARTLY").text()).isEqualTo("1");
            assertThat(page.select("#outcome-FULLY").text()).isEqualTo("0");
            assertThat(page.select("#outcome-NO_ANSWER").text()).isEqualTo("0");
            assertThat(page.select("#shortConsultations").text()).isEqualTo("1");
            assertThat(page.select("#medianDaysGiven").text()).isEqualTo("30.0");
            assertThat(page.select("table.cases tbody tr")).extracting(row -> row.id()).containsExactly(acted, notActing, pending);
            assertThat(page.select("h1").text()).contains("Zagovorništvo").contains("Advocacy");
            assertThat(page.select("[style], script, style")).isEmpty();
            assertThat(page.select("link[rel=stylesheet]").attr("href")).startsWith("/pages/");
        }
    }

    @Test
    void aMissingOrBadYearOrFormatIsRefused() {
        for (String query : List.of("", "?year=", "?year=abcd", "?year=20260", "?year=2026&format=pdf")) {
            ResponseEntity<String> answer = report(query, "text/csv");
            assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(api.read(answer.getBody()).get("errors").get(0).get("field").asText()).as(query)
                    .isEqualTo(query.contains("format") ? "format" : "year");
        }
    }

    private ResponseEntity<String> report(String query, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Accept", accept);
        return http.withBasicAuth("staff", "demo").exchange("/api/advocacy-cases/report" + query, HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
    }

    /** A case opened on the first of {@code month}, its consultation opened that day and lasting {@code days}. */
    private String stored(int month, int days, Consumer<AdvocacyCase> then) {
        LocalDate opened = LocalDate.of(year, month, 1);
        String reference = "ZT-" + year + "-" + UUID.randomUUID().toString().substring(0, 8);
        Draft draft = new Draft(AdvocacyCase.BY_HAND, "report:" + reference, "Osnutek " + reference, "Ministrstvo za kulturo",
                null, null, opened, opened.plusDays(days), null);
        transactions.executeWithoutResult(status -> {
            AdvocacyCase c = cases.save(new AdvocacyCase(reference, draft, null, opened,
                    opened.atTime(10, 0).atZone(ReferenceNumbers.ZONE).toInstant()));
            then.accept(c);
        });
        return reference;
    }

    private static Voter member() {
        String number = "T-" + UUID.randomUUID().toString().substring(0, 12);
        return new Voter(number, "Član " + number, number.toLowerCase() + "@example.org", "sl", null);
    }

    private static Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ReferenceNumbers.ZONE).toInstant();
    }
}
