package si.asociacija.workflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;

/** A subject access request: admins get everything the product holds on one person as a ZIP; nobody else does. */
class SubjectAccessTest extends WorkflowTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminGetsThePersonsApplicationCaseAndMailsAsAZipAndNothingOfOthers() throws Exception {
        String email = TestData.email("dostop");
        String application = post("/api/membership-applications", """
                {"type":"INDIVIDUAL","name":"Nina Dostop","email":"%s","address":"Metelkova 6, 1000 Ljubljana",
                 "field":"MUSIC","motivation":"Skladam.","language":"sl","consent":true}""".formatted(email));
        String assistanceCase = post("/api/assistance-requests", """
                {"name":"Nina Dostop","email":"%s","topic":"TAXES","message":"Kako obdavčim honorar?",
                 "language":"sl","consent":true}""".formatted(email));
        post("/api/assistance-requests", """
                {"name":"Nekdo Drug","email":"%s","topic":"TAXES","message":"Drugo vprašanje",
                 "language":"sl","consent":true}""".formatted(TestData.email("drug")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mailTemplates(application).size() == 1
                && mailTemplates(assistanceCase).size() == 1);

        ResponseEntity<byte[]> answer = http.withBasicAuth("admin", "demo")
                .getForEntity("/api/personal-data?email={email}", byte[].class, email.toUpperCase());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/zip");
        Map<String, String> zip = unzip(answer.getBody());
        assertThat(zip).containsOnlyKeys("index.json", "membership/applications.json", "counselling/assistance-cases.json",
                "mail/sent-to-you.json");
        JsonNode index = json.readTree(zip.get("index.json"));
        assertThat(index.get("exportedBy").asText()).isEqualTo("admin");
        assertThat(json.readTree(zip.get("membership/applications.json")).get(0).get("reference").asText()).isEqualTo(application);
        JsonNode caseJson = json.readTree(zip.get("counselling/assistance-cases.json"));
        assertThat(caseJson).hasSize(1);
        assertThat(caseJson.get(0).get("messages").get(0).get("body").asText()).isEqualTo("Kako obdavčim honorar?");
        assertThat(json.readTree(zip.get("mail/sent-to-you.json"))).extracting(m -> m.get("reference").asText())
                .containsExactlyInAnyOrder(application, assistanceCase);
        assertThat(String.join("", zip.values())).doesNotContain("Drugo vprašanje");

        String version = json.readTree(http.getForObject("/api/privacy-notice", String.class)).get("version").asText();
        assertThat(json.readTree(zip.get("membership/applications.json")).get(0).get("consentVersion").asText())
                .as("the wording consented to").isEqualTo(version);
        assertThat(caseJson.get(0).get("consentVersion").asText()).isEqualTo(version);
        assertThat(caseJson.get(0).get("consentAt").asText()).isNotBlank();
    }

    @Test
    void theNoticeIsPublicAndEachVersionOfItsWordsIsKept() throws Exception {
        JsonNode notice = json.readTree(http.getForObject("/api/privacy-notice", String.class));

        assertThat(notice.get("version").asText()).matches("[0-9a-f]{16}");
        assertThat(notice.get("sl").asText()).contains("osebne podatke");
        assertThat(notice.get("en").asText()).contains("personal data", "members' data");
        assertThat(jdbc.queryForObject("select text_en from privacy_notice where version = ?", String.class,
                notice.get("version").asText())).isEqualTo(notice.get("en").asText());
    }

    @Test
    void someoneTheProductDoesNotKnowGetsAnIndexAlone() throws Exception {
        ResponseEntity<byte[]> answer = http.withBasicAuth("admin", "demo")
                .getForEntity("/api/personal-data?email={email}", byte[].class, TestData.email("neznan"));

        assertThat(unzip(answer.getBody())).containsOnlyKeys("index.json");
    }

    @Test
    void onlyAdminsMayAskAndTheAddressMustBeOne() throws Exception {
        assertThat(http.getForEntity("/api/personal-data?email=a@example.si", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String user : new String[] {"staff", "counsellor1", "board01"}) {
            assertThat(http.withBasicAuth(user, "demo").getForEntity("/api/personal-data?email=a@example.si", String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<String> bad = http.withBasicAuth("admin", "demo").getForEntity("/api/personal-data?email=ni-naslov", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(bad.getBody()).contains("email");
    }

    private String post(String path, String body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(answer.getBody()).get("reference").asText();
    }

    private static Map<String, String> unzip(byte[] content) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
