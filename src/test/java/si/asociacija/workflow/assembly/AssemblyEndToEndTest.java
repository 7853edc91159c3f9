package si.asociacija.workflow.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static si.asociacija.workflow.assembly.AssemblySession.ok;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.internet.MimeMessage;

import si.asociacija.workflow.ReceivedMail;

/**
 * An assembly from the member register to the minutes, over HTTP and the embedded mail server only:
 * every member finds their link in the notice, one gives a proxy, members check in and vote on their
 * links, the results are counted and the minutes reach every mailbox as a PDF.
 */
class AssemblyEndToEndTest extends AssemblyTestBase {

    private static final Pattern LINK = Pattern.compile("/assembly/[A-Za-z0-9_-]{43}");

    @Test
    void fromImportToMinutesInEveryMailbox() throws Exception {
        AssemblySession s = session().members(4, "konec")
                .convene(true, AssemblyProcessTest.RESOLUTION, AssemblyProcessTest.ELECTION);
        List<String> links = new ArrayList<>();
        for (String email : s.emails) {
            Matcher link = LINK.matcher(ReceivedMail.html(awaitMail(email, s.reference + "] Vabilo")));
            assertThat(link.find()).isTrue();
            links.add(link.group());
        }
        assertThat(http.postForEntity(links.get(3) + "/proxy", AssemblyHttp.json("{\"holder\": \"" + s.numbers.get(0) + "\"}"),
                String.class).getStatusCode().is2xxSuccessful()).isTrue();
        awaitMail(s.emails.get(0), s.reference + "] Pooblastilo");

        s.timerFires();
        ok(http.postForEntity(links.get(0) + "/check-in", null, String.class));
        ok(http.postForEntity(links.get(1) + "/check-in", null, String.class));
        ok(s.attend(2));
        ok(s.open());
        JsonNode live = s.live();
        assertThat(live.get("present").asInt()).isEqualTo(3);
        assertThat(live.get("represented").asInt()).isEqualTo(1);

        ok(s.openItem(1));
        JsonNode ballot = view(links.get(0)).get("ballot");
        assertThat(ballot.get("voteFor")).extracting(JsonNode::asText).containsExactly(s.numbers.get(0), s.numbers.get(3));
        ok(http.postForEntity(links.get(0) + "/items/1/vote", AssemblyHttp.json("{\"choice\": \"FOR\"}"), String.class));
        ok(http.postForEntity(links.get(0) + "/items/1/vote", AssemblyHttp.json("{\"choice\": \"AGAINST\", \"for\": \""
                + s.numbers.get(3) + "\"}"), String.class));
        ok(http.postForEntity(links.get(1) + "/items/1/vote", AssemblyHttp.json("{\"choice\": \"FOR\"}"), String.class));
        ok(s.staff("/items/1/paper-ballots", "{\"member\": \"" + s.numbers.get(2) + "\", \"choice\": \"ABSTAIN\"}"));
        ok(s.closeItem(1));
        JsonNode first = s.live().get("items").get(0).get("result");
        assertThat(first.get("for").asInt()).isEqualTo(2);
        assertThat(first.get("against").asInt()).isEqualTo(1);
        assertThat(first.get("abstain").asInt()).isEqualTo(1);
        assertThat(first.get("outcome").asText()).isEqualTo("ADOPTED");

        ok(s.openItem(2));
        String receipt = json.readTree(http.postForEntity(links.get(0) + "/items/2/vote",
                AssemblyHttp.json("{\"candidates\": [\"Ana\", \"Bor\"]}"), String.class).getBody()).get("receipt").asText();
        ok(http.postForEntity(links.get(0) + "/items/2/vote", AssemblyHttp.json("{\"candidates\": [\"Ana\"], \"for\": \""
                + s.numbers.get(3) + "\"}"), String.class));
        ok(http.postForEntity(links.get(1) + "/items/2/vote", AssemblyHttp.json("{\"candidates\": [\"Bor\", \"Cene\"]}"), String.class));
        ok(s.staff("/items/2/paper-ballots", "{\"voted\": [\"" + s.numbers.get(2) + "\"], \"counts\": {\"Ana\": 1}}"));
        ok(s.closeItem(2));
        JsonNode election = s.live().get("items").get(1).get("result");
        assertThat(election.get("elected")).extracting(JsonNode::asText).containsExactly("Ana", "Bor");
        assertThat(election.get("tie").asBoolean()).isFalse();
        assertThat(http.getForObject(links.get(0) + "/items/2/receipts/" + receipt, String.class)).contains("\"counted\":true");

        byte[] pdf = http.withBasicAuth("staff", "demo").getForObject("/api/assemblies/" + s.reference + "/minutes", byte[].class);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Zapisnik skupščine", s.reference, "konec Član 0",
                    "Sprejem letnega poročila", "Volitve v upravni odbor", "Ana Novak");
        }
        ok(s.staff("/minutes/confirm", "{}"));
        for (String email : s.emails) {
            MimeMessage minutes = awaitMail(email, s.reference + "] Zapisnik");
            assertThat(ReceivedMail.attachment(minutes).getContentType()).startsWith("application/pdf");
        }
    }

    private JsonNode view(String link) throws Exception {
        return json.readTree(http.exchange(link, HttpMethod.GET, AssemblyHttp.accept(MediaType.APPLICATION_JSON), String.class).getBody());
    }
}
