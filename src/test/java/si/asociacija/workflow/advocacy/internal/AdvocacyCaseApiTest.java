package si.asociacija.workflow.advocacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import si.asociacija.workflow.TestData;

/** Staff's API of advocacy cases: opening one by hand, the list, a case with its members' views and their files. */
class AdvocacyCaseApiTest extends AdvocacyApiTestBase {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    AdvocacyCaseRepository cases;
    @Autowired
    MemberViewRepository views;
    @Autowired
    MemberViews memberViews;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void staffOpenACaseByHandWhichGoesToReview() {
        Map<String, Object> form = AdvocacyApiClient.form();
        form.put("consultationOpenedOn", LocalDate.now().plusDays(20).toString());

        ResponseEntity<String> created = api.post(form);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode c = api.read(created.getBody());
        String reference = c.get("reference").asText();
        assertThat(reference).matches("ZS-\\d{4}-\\d{3,}");
        assertThat(created.getHeaders().getLocation()).asString().endsWith("/api/advocacy-cases/" + reference);
        assertThat(c.get("source").asText()).isEqualTo(AdvocacyCase.BY_HAND);
        assertThat(c.get("status").asText()).isEqualTo("REVIEW");
        assertThat(c.get("title").asText()).isEqualTo(form.get("title"));
        assertThat(c.get("link").asText()).isEqualTo(form.get("link"));
        assertThat(c.get("daysGiven").asInt()).isEqualTo(20);
        assertThat(c.get("shortConsultation").asBoolean()).isTrue();
        assertThat(c.get("consultationDeadline").asText()).isEqualTo(form.get("consultationDeadline"));
        assertThat(c.get("consultationAddress").asText()).isEqualTo("gp.mk@gov.si");
        assertThat(cases.findByReference(reference).orElseThrow().getItemKey()).isEqualTo(form.get("link"));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("advocacy-case")
                .processInstanceBusinessKey(reference).count()).isOne();

        Map<String, Object> withoutLink = AdvocacyApiClient.form();
        withoutLink.remove("link");
        withoutLink.remove("consultationOpenedOn");
        JsonNode second = api.get("/api/advocacy-cases/" + api.open(withoutLink));
        assertThat(second.get("link").isNull()).isTrue();
        assertThat(second.get("daysGiven").isNull()).isTrue();
        assertThat(second.get("shortConsultation").asBoolean()).isFalse();
    }

    @Test
    void badInputNamesTheFieldAndOpensNothing() {
        assertRefused(Map.of("title", ""), "title");
        assertRefused(Map.of("title", "Dve\nvrstici"), "title");
        assertRefused(Map.of("title", "x".repeat(501)), "title");
        assertRefused(Map.of("link", "ftp://example.org/osnutek"), "link");
        assertRefused(Map.of("link", "https://example.org/" + "x".repeat(1000)), "link");
        assertRefused(Map.of("summary", "x".repeat(4001)), "summary");
        assertRefused(Map.of("consultationDeadline", "2026-02-30"), "consultationDeadline");
        assertRefused(Map.of("consultationOpenedOn", "1. 3. 2026"), "consultationOpenedOn");
        assertRefused(Map.of("consultationOpenedOn", LocalDate.now().plusDays(41).toString()), "consultationOpenedOn");
        assertRefused(Map.of("consultationAddress", "ni naslov"), "consultationAddress");

        ResponseEntity<String> wrongType = api.post("{\"title\": 5}");
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(wrongType)).containsExactly("title");
    }

    @Test
    void theSameLinkTwiceIsAConflict() {
        Map<String, Object> form = AdvocacyApiClient.form();
        api.open(form);
        form.put("title", "Isti osnutek, drugič");

        ResponseEntity<String> again = api.post(form);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(cases.findAll().stream().filter(c -> form.get("link").equals(c.getLink()))).hasSize(1);
    }

    @Test
    void theListIsNewestFirstAndFilters() {
        String older = api.open(AdvocacyApiClient.form());
        String newer = api.open(AdvocacyApiClient.form());

        List<String> all = references(api.get("/api/advocacy-cases"));
        assertThat(all).contains(older, newer);
        assertThat(all.indexOf(newer)).isLessThan(all.indexOf(older));
        JsonNode line = StreamSupport.stream(api.get("/api/advocacy-cases").spliterator(), false)
                .filter(c -> c.get("reference").asText().equals(newer)).findFirst().orElseThrow();
        assertThat(line.get("daysGiven").asInt()).isEqualTo(40);
        assertThat(line.get("shortConsultation").asBoolean()).isFalse();
        assertThat(line.get("escalated").asBoolean()).isFalse();
        for (String field : List.of("proposer", "link", "consultationOpenedOn", "responseDeadline", "viewsUntil", "lead",
                "submittedAt", "outcome")) {
            assertThat(line.has(field)).as(field).isTrue();
        }

        assertThat(references(api.get("/api/advocacy-cases?status=REVIEW"))).contains(older, newer);
        assertThat(references(api.get("/api/advocacy-cases?status=CLOSED"))).doesNotContain(older, newer);
        assertThat(references(api.get("/api/advocacy-cases?open=true"))).contains(older, newer);
        assertThat(references(api.get("/api/advocacy-cases?open=false"))).doesNotContain(older, newer);
        ResponseEntity<String> unknown = http.withBasicAuth("staff", "demo").getForEntity("/api/advocacy-cases?status=OPEN", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(unknown)).containsExactly("status");
    }

    @Test
    void aCaseShowsTheMembersViewsAndTheirFilesDownload() {
        String email = TestData.email("glasbenica");
        api.importMember("Gala Glasbenica", email, "MUSIC");
        String reference = api.open(AdvocacyApiClient.form());
        api.act(reference, "MUSIC");
        MemberView invited = transactions.execute(status -> views.findByAdvocacyCaseOrderByFieldAscMembershipNumberAsc(
                cases.findByReference(reference).orElseThrow()).stream().filter(v -> v.getEmail().equals(email))
                .findFirst().orElseThrow());
        memberViews.give(invited.getToken(), "Uredba pozablja na glasbenike.",
                List.of(new ViewFile("pripombe.txt", "text/plain", "Besedilo".getBytes(StandardCharsets.UTF_8))),
                AdvocacyCases.now());

        JsonNode c = api.get("/api/advocacy-cases/" + reference);

        assertThat(c.get("status").asText()).isEqualTo("GATHERING_VIEWS");
        assertThat(c.get("triageReason").asText()).isEqualTo("Zadeva članstvo.");
        assertThat(c.get("lead").asText()).isEqualTo("staff");
        assertThat(c.get("fields").get(0).asText()).isEqualTo("MUSIC");
        assertThat(c.get("responseDeadline").isNull()).isFalse();
        assertThat(c.get("viewsUntil").isNull()).isFalse();
        for (String field : List.of("positionText", "resolutionNumber", "submittedVia", "submissionMessageId",
                "submissionReceipt", "outcomeReason", "finalTextLink")) {
            assertThat(c.has(field)).as(field).isTrue();
        }
        JsonNode view = StreamSupport.stream(c.get("views").spliterator(), false)
                .filter(v -> v.get("membershipNumber").asText().equals(invited.getMembershipNumber())).findFirst().orElseThrow();
        assertThat(view.get("name").asText()).isEqualTo("Gala Glasbenica");
        assertThat(view.get("field").asText()).isEqualTo("MUSIC");
        assertThat(view.get("text").asText()).isEqualTo("Uredba pozablja na glasbenike.");
        assertThat(view.get("givenAt").isNull()).isFalse();
        JsonNode file = view.get("files").get(0);
        assertThat(file.get("name").asText()).isEqualTo("pripombe.txt");
        assertThat(file.get("size").asLong()).isEqualTo(8);

        ResponseEntity<byte[]> download = http.withBasicAuth("staff", "demo")
                .exchange(file.get("href").asText(), HttpMethod.GET, null, byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).isEqualTo("Besedilo");
        assertThat(download.getHeaders().getContentType().toString()).startsWith("text/plain");
        assertThat(download.getHeaders().getFirst("Content-Disposition")).startsWith("attachment").contains("pripombe.txt");
        assertThat(download.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");

        String other = api.open(AdvocacyApiClient.form());
        assertNotFound(file.get("href").asText().replace(reference, other));
        assertNotFound(file.get("href").asText().replaceFirst("/files/\\d+$", "/files/999999999"));
        assertNotFound("/api/advocacy-cases/ZS-1999-999");
    }

    private void assertNotFound(String path) {
        ResponseEntity<String> answer = http.withBasicAuth("staff", "demo").getForEntity(path, String.class);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getHeaders().getContentType()).as(path).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void assertRefused(Map<String, Object> change, String field) {
        Map<String, Object> form = AdvocacyApiClient.form();
        form.putAll(change);
        long before = cases.count();
        ResponseEntity<String> answer = api.post(form);
        assertThat(answer.getStatusCode()).as(change.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fields(answer)).as(change.toString()).containsExactly(field);
        assertThat(cases.count()).isEqualTo(before);
    }

    private List<String> fields(ResponseEntity<String> answer) {
        List<String> fields = new ArrayList<>();
        api.read(answer.getBody()).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static List<String> references(JsonNode list) {
        List<String> references = new ArrayList<>();
        list.forEach(c -> references.add(c.get("reference").asText()));
        return references;
    }
}
