package si.asociacija.workflow.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.internet.MimeMessage;

import si.asociacija.workflow.ReceivedMail;
import si.asociacija.workflow.TestData;

/** Convening a general assembly over HTTP: the notice period, the agenda, a notice with a personal link to every member. */
class AssemblyConveningTest extends AssemblyTestBase {

    private static final Pattern LINK = Pattern.compile("/assembly/[A-Za-z0-9_-]{43}");

    @Test
    void everyMemberWithVotingRightsGetsTheNoticeInTheirLanguageWithTheirOwnLink() throws Exception {
        String slovene = TestData.email("clanica");
        String english = TestData.email("member");
        String registration = TestData.registrationNumber();
        AssemblyHttp.importMembers(http, "INDIVIDUAL,Mojca Članica," + slovene + ",,,MUSIC,2020-01-01,sl,\n"
                + "ORGANISATION,Zavod Sklic," + english + "," + registration + "," + TestData.taxNumber()
                + ",INTERMEDIA,2020-01-01,en,Ana Novak\n");
        LocalDateTime startsAt = LocalDateTime.now(ZoneId.of("Europe/Ljubljana")).plusDays(20).truncatedTo(ChronoUnit.MINUTES);

        ResponseEntity<String> created = AssemblyHttp.convene(http, body(startsAt, """
                [{"title": "Letno poročilo 2026", "kind": "RESOLUTION", "ballot": "NAMED"},
                 {"title": "Volitve v upravni odbor", "kind": "ELECTION", "seats": 2,
                  "candidates": ["Ana Novak", "Bojan Kos", "Cene Zupan"]},
                 {"title": "Informacija o razpisih", "kind": "INFORMATION", "description": "Pregled razpisov."}]"""));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String reference = json.readTree(created.getBody()).get("reference").asText();
        assertThat(reference).matches("SK-" + startsAt.getYear() + "-\\d{2,}");
        JsonNode assembly = json.readTree(http.withBasicAuth("staff", "demo")
                .getForEntity("/api/assemblies/" + reference, String.class).getBody());
        assertThat(assembly.get("state").asText()).isEqualTo("CONVENED");
        assertThat(assembly.get("startsAt").asText()).startsWith(startsAt.toString().substring(0, 16));
        assertThat(assembly.get("entitled").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(assembly.get("items").findValuesAsText("number")).containsExactly("1", "2", "3");
        assertThat(assembly.get("items").get(1).get("ballot").asText()).as("elections are secret").isEqualTo("SECRET");
        assertThat(assembly.get("items").get(1).get("candidates")).hasSize(3);

        MimeMessage notice = awaitMail(slovene, reference + "] Vabilo");
        String text = ReceivedMail.html(notice);
        assertThat(text).contains("Letno poročilo 2026").contains("Volitve v upravni odbor");
        String link = link(text);
        assertThat(ReceivedMail.plainText(notice)).contains("\n- ").contains("Volitve v upravni odbor").contains(link)
                .doesNotContain("<");
        String calendar = ReceivedMail.text(notice, "text/calendar");
        assertThat(calendar).contains("BEGIN:VCALENDAR").contains("UID:" + reference + "@asociacija")
                .contains("DTSTART:" + startsAt.atZone(ZoneId.of("Europe/Ljubljana")).withZoneSameInstant(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")))
                .contains(link);
        MimeMessage englishNotice = awaitMail(english, reference + "] Notice");
        assertThat(ReceivedMail.html(englishNotice)).contains("Ana Novak (Zavod Sklic)").doesNotContain(link);

        JsonNode mine = json.readTree(http.exchange(link, HttpMethod.GET, AssemblyHttp.accept(MediaType.APPLICATION_JSON), String.class).getBody());
        assertThat(mine.get("assembly").get("reference").asText()).isEqualTo(reference);
        assertThat(mine.get("votingRights").asBoolean()).isTrue();
        assertThat(mine.get("membershipNumber").asText()).startsWith("M-");
        ResponseEntity<String> page = http.exchange(link, HttpMethod.GET, AssemblyHttp.accept(MediaType.TEXT_HTML), String.class);
        assertThat(page.getBody()).contains("Dnevni red").contains("Volitve v upravni odbor").contains("tajno glasovanje");
        assertThat(http.exchange("/assembly/" + "x".repeat(43), HttpMethod.GET, AssemblyHttp.accept(MediaType.APPLICATION_JSON),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anAssemblyTooSoonOrWithABadAgendaIsRefusedNamingTheField() throws Exception {
        LocalDateTime tooSoon = LocalDateTime.now(ZoneId.of("Europe/Ljubljana")).plusDays(10);
        assertRefused(AssemblyHttp.convene(http, body(tooSoon, "[{\"title\": \"Poročilo\", \"kind\": \"RESOLUTION\"}]")), "startsAt");

        LocalDateTime later = LocalDateTime.now(ZoneId.of("Europe/Ljubljana")).plusDays(30);
        assertRefused(AssemblyHttp.convene(http, body(later, "[]")), "items");
        assertRefused(AssemblyHttp.convene(http, body(later, "[{\"title\": \"Volitve\", \"kind\": \"ELECTION\", \"ballot\": \"NAMED\","
                + " \"seats\": 1, \"candidates\": [\"Ana\"]}]")), "items[0].ballot");
        assertRefused(AssemblyHttp.convene(http, body(later, "[{\"title\": \"Poročilo\", \"kind\": \"VOTE\"}]")), "items[0].kind");
        assertRefused(AssemblyHttp.convene(http, body(later, "[{\"title\": \"Volitve\", \"kind\": \"ELECTION\"}]")), "items[0].seats");

        assertThat(http.withBasicAuth("board01", "demo").postForEntity("/api/assemblies",
                AssemblyHttp.json(body(later, "[{\"title\": \"Poročilo\", \"kind\": \"RESOLUTION\"}]")), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void assertRefused(ResponseEntity<String> response, String field) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = json.readTree(response.getBody()).get("errors").findValuesAsText("field");
        assertThat(fields).contains(field);
    }

    private static String body(LocalDateTime startsAt, String items) {
        return "{\"title\": \"Redna skupščina\", \"startsAt\": \"" + startsAt + "\", \"place\": \"Metelkova 6, Ljubljana\","
                + " \"remoteVoting\": true, \"items\": " + items + "}";
    }

    private static String link(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a personal link in " + text).isTrue();
        return link.group();
    }

}
