package si.asociacija.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.audit.AuditReader.Entry;

/** Identity changes in the Admin webapp (its session, its CSRF token, its engine API) are in the trail with the admin. */
class AdminWebappAuditTest extends WorkflowTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void aGroupCreatedAndDeletedInTheAdminWebappIsTracedWithTheAdmin() throws Exception {
        String group = "audit" + UUID.randomUUID().toString().substring(0, 8);
        browser.send(HttpRequest.newBuilder(uri("/camunda/app/admin/default/")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(send("POST", "/camunda/api/admin/auth/user/default/login/admin", "application/x-www-form-urlencoded",
                "username=admin&password=demo")).isEqualTo(200);
        // the new session's CSRF token comes with the next page, as in the browser
        browser.send(HttpRequest.newBuilder(uri("/camunda/app/admin/default/")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(send("POST", "/camunda/api/engine/engine/default/group/create", "application/json",
                "{\"id\": \"" + group + "\", \"name\": \"Revizija\", \"type\": \"WORKFLOW\"}")).isEqualTo(204);
        assertThat(send("PUT", "/camunda/api/engine/engine/default/group/" + group + "/members/staff2", "application/json", ""))
                .isEqualTo(204);
        assertThat(send("DELETE", "/camunda/api/engine/engine/default/group/" + group, "application/json", "")).isEqualTo(204);

        AuditReader audit = new AuditReader(http, json);
        assertThat(audit.about(SubjectType.GROUP, group)).extracting(Entry::line)
                .containsExactly("admin group-created", "admin group-deleted");
        assertThat(audit.about(SubjectType.GROUP_MEMBERSHIP, "staff2")).extracting(Entry::line)
                .contains("admin group-membership-created (group " + group + ")");
    }

    private int send(String method, String path, String contentType, String body) throws Exception {
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();
        return browser.send(HttpRequest.newBuilder(uri(path)).header("X-XSRF-TOKEN", csrf).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
