package si.asociacija.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.identity.AccessMatrix.Row;

import si.asociacija.workflow.WorkflowTest;

/**
 * Who may call what: every endpoint of the product (all {@code @RequestMapping} methods: a new one without a
 * row fails this test) and the sensitive ones of the engine REST API and the operators' endpoints, called
 * anonymously and as each role. Expectations per caller, in the order of {@link AccessMatrix#CALLERS}
 * (anonymous, board, counsellor, staff, admin): {@code 401}, {@code 403}, {@code ok} (let in),
 * {@code 404} (the caller cannot see it exists), {@code none} (a query that shows nothing), {@code own} (a list of
 * only the caller and the caller's groups).
 */
class AuthorisationMatrixTest extends WorkflowTest {

    private static final List<Row> PRODUCT = List.of(
            //     request                                                              anon board couns staff admin
            Row.of("GET /api/privacy-notice",                                          "ok   ok    ok    ok    ok"),
            Row.of("POST /api/membership-applications",                                "ok   ok    ok    ok    ok"),
            Row.of("POST /api/assistance-requests",                                    "ok   ok    ok    ok    ok"),
            Row.of("GET /api/membership-applications",                                 "401  403   403   ok    ok"),
            Row.of("GET /api/members",                                                 "401  403   403   ok    ok"),
            Row.of("POST /api/members/import",                                         "401  403   403   ok    ok"),
            Row.of("POST /api/members/{membershipNumber}/end",                         "401  403   403   ok    ok"),
            Row.of("GET /api/resolutions",                                             "401  ok    403   ok    ok"),
            Row.of("GET /api/assistance-cases",                                        "401  403   ok    ok    ok"),
            Row.of("GET /api/assistance-cases/{reference}/attachments/{id}",           "401  403   ok    ok    ok"),
            Row.of("GET /api/reports/assistance",                                      "401  403   403   ok    ok"),
            Row.of("GET /api/inbound-mail",                                            "401  403   403   ok    ok"),
            Row.of("GET /api/mail/outbox",                                             "401  403   403   ok    ok"),
            Row.of("POST /api/mail/outbox/{id}/retry",                                 "401  403   403   ok    ok"),
            Row.of("GET /api/registry/imports",                                        "401  403   403   ok    ok"),
            Row.of("GET /api/registry/imports/{id}",                                   "401  403   403   ok    ok"),
            Row.of("POST /api/registry/imports/{source}",                              "401  403   403   ok    ok"),
            Row.of("POST /api/registry/imports/{source}/fetch",                        "401  403   403   ok    ok"),
            Row.of("GET /api/registry/organisations",                                  "401  403   403   ok    ok"),
            Row.of("GET /api/registry/organisations/{registrationNumber}",             "401  403   403   ok    ok"),
            Row.of("POST /api/advocacy-cases/{reference}/close-views",                 "401  403   403   404   404"),
            Row.of("POST /api/advocacy-sources/{name}/poll",                           "401  403   403   ok    ok"),
            Row.of("POST /api/assemblies",                                             "401  403   403   ok    ok"),
            Row.of("GET /api/assemblies/{reference}",                                  "401  403   403   ok    ok"),
            Row.of("POST /api/assemblies/{reference}/proxies",                         "401  403   403   ok    ok"),
            Row.of("POST /api/assemblies/{reference}/attendance",                      "401  403   403   ok    ok"),
            Row.of("POST /api/assemblies/{reference}/open",                            "401  403   403   ok    ok"),
            Row.of("POST /api/assemblies/{reference}/items/{number}/open",             "401  403   403   ok    ok"),
            Row.of("POST /api/assemblies/{reference}/items/{number}/close",            "401  403   403   ok    ok"),
            Row.of("POST /api/assemblies/{reference}/items/{number}/paper-ballots",    "401  403   403   ok    ok"),
            Row.of("POST /api/assemblies/{reference}/minutes/confirm",                 "401  403   403   ok    ok"),
            Row.of("GET /api/assemblies/{reference}/minutes",                          "401  403   403   ok    ok"),
            Row.of("POST /api/advocacy-cases",                                         "401  403   403   ok    ok"),
            Row.of("GET /api/advocacy-cases",                                          "401  403   403   ok    ok"),
            Row.of("GET /api/advocacy-cases/{reference}",                              "401  403   403   ok    ok"),
            Row.of("GET /api/advocacy-cases/{reference}/views/{viewId}/files/{fileId}", "401 403   403   ok    ok"),
            Row.of("GET /api/advocacy-cases/report",                                   "401  403   403   ok    ok"),
            Row.of("POST /api/advocacy-cases/calendar-token",                          "401  403   403   ok    ok"),
            Row.of("GET /api/personal-data",                                           "401  403   403   403   ok"),
            Row.of("POST /api/personal-data/erase",                                    "401  403   403   403   ok"),
            Row.of("GET /api/audit",                                                   "401  403   403   403   ok"),
            Row.of("GET /status/{token}",                                              "ok   ok    ok    ok    ok"),
            Row.of("POST /status/{token}/answer",                                      "ok   ok    ok    ok    ok"),
            Row.of("POST /status/{token}/rating",                                      "ok   ok    ok    ok    ok"),
            Row.of("GET /assembly/{token}",                                            "ok   ok    ok    ok    ok"),
            Row.of("POST /assembly/{token}/check-in",                                  "ok   ok    ok    ok    ok"),
            Row.of("POST /assembly/{token}/items/{number}/vote",                       "ok   ok    ok    ok    ok"),
            Row.of("GET /assembly/{token}/items/{number}/receipts/{receipt}",          "ok   ok    ok    ok    ok"),
            Row.of("GET /assembly/{token}/minutes",                                    "ok   ok    ok    ok    ok"),
            Row.of("POST /assembly/{token}/proxy",                                     "ok   ok    ok    ok    ok"),
            Row.of("DELETE /assembly/{token}/proxy",                                   "ok   ok    ok    ok    ok"),
            Row.of("GET /views/{token}",                                               "ok   ok    ok    ok    ok"),
            Row.of("POST /views/{token}",                                              "ok   ok    ok    ok    ok"),
            Row.of("GET /calendar/advocacy/{token}.ics",                               "404  404   404   404   404"),
            Row.of("GET /error",                                                       "ok   ok    ok    ok    ok"));

    /** Only the refusals are called: letting a caller in would run the year's register check (MemberRegisterCheckTest does). */
    private static final List<Row> PRODUCT_REFUSALS_ONLY = List.of(
            Row.of("POST /api/members/register-check",                                 "401  403   403   ok    ok"));

    /** The engine REST API and the operators' endpoints; writes last, so admin's writes change nothing read after. */
    private static final List<Row> ENGINE_AND_OPERATIONS = List.of(
            Row.of("GET /actuator/health",                                             "ok   ok    ok    ok    ok"),
            Row.of("GET /actuator/health/readiness",                                   "ok   ok    ok    ok    ok"),
            Row.of("GET /actuator/info",                                               "401  403   403   403   ok"),
            Row.of("GET /actuator/metrics",                                            "401  403   403   403   ok"),
            Row.of("GET /actuator/prometheus",                                         "401  403   403   403   ok"),
            Row.of("GET /engine-rest/task",                                            "401  ok    ok    ok    ok"),
            Row.of("GET /engine-rest/user",                                            "401  own   own   ok    ok"),
            Row.of("GET /engine-rest/group",                                           "401  own   own   ok    ok"),
            Row.of("GET /engine-rest/process-instance/{caseInstance}/variables",       "401  403   403   ok    ok"),
            Row.of("GET /engine-rest/variable-instance?processInstanceIdIn={caseInstance}", "401 none none ok  ok"),
            Row.of("GET /engine-rest/history/variable-instance?processInstanceId={caseInstance}", "401 none none ok ok"),
            Row.of("GET /engine-rest/history/process-instance?processInstanceId={caseInstance}", "401 none none ok ok"),
            Row.of("GET /engine-rest/process-instance?processInstanceIds={caseInstance}", "401 none none ok ok"),
            Row.of("GET /engine-rest/process-instance/{applicationInstance}/variables", "401 403   403   ok    ok"),
            Row.of("GET /engine-rest/history/variable-instance?processInstanceId={applicationInstance}", "401 none none ok ok"),
            Row.of("GET /engine-rest/task/{claimedTriage}/variables",                  "401  403   403   ok    ok"),
            Row.of("GET /engine-rest/authorization",                                   "401  ok    ok    ok    ok"),
            Row.of("POST /engine-rest/process-definition/key/{probeProcess}/start",    "401  404   404   ok    ok"),
            Row.of("GET /engine-rest/user/{colleague}/profile",                        "401  404   404   ok    ok"),
            Row.of("POST /engine-rest/task/{staff2Task}/complete",                     "401  403   403   403   ok"),
            Row.of("POST /engine-rest/task/{claimedTriage}/complete",                  "401  403   403   403   ok"),
            Row.of("PUT /engine-rest/process-instance/{caseInstance}/variables/matrixProbe", "401 403 403 403 ok")
                    .withBody("application/json", utf8("{\"value\":\"changed\",\"type\":\"String\"}")),
            Row.of("DELETE /engine-rest/process-instance/{caseInstance}",              "401  403   403   403   ok"),
            Row.of("POST /engine-rest/authorization/create",                           "401  403   403   403   ok")
                    .withBody("application/json", utf8("{\"type\":1,\"permissions\":[\"READ\"],\"userId\":\"board01\","
                            + "\"resourceType\":4,\"resourceId\":\"matrix-granted\"}")),
            Row.of("POST /engine-rest/group/create",                                   "401  403   403   403   ok")
                    .withBody("application/json", utf8("{\"id\":\"matrixcreated\",\"name\":\"Matrix\",\"type\":\"WORKFLOW\"}")),
            Row.of("PUT /engine-rest/group/{group}/members/{victim}",                  "401  403   403   403   ok"),
            Row.of("POST /engine-rest/user/create",                                    "401  403   403   403   ok")
                    .withBody("application/json", utf8("{\"profile\":{\"id\":\"matrixcreated\",\"firstName\":\"M\","
                            + "\"lastName\":\"C\",\"email\":\"m@asociacija.local\"},\"credentials\":{\"password\":\"x-Matrix-1\"}}")),
            Row.of("PUT /engine-rest/user/{victim}/profile",                           "401  404   404   403   ok")
                    .withBody("application/json", utf8("{\"id\":\"{victim}\",\"firstName\":\"Changed\",\"lastName\":\"V\"}")),
            Row.of("PUT /engine-rest/user/{victim}/credentials",                       "401  404   404   403   ok")
                    .withBody("application/json", utf8("{\"password\":\"x-Changed-1\",\"authenticatedUserPassword\":\"demo\"}")),
            Row.of("DELETE /engine-rest/user/{victim}",                                "401  403   403   403   ok"),
            Row.of("POST /engine-rest/deployment/create",                              "401  403   403   403   ok")
                    .withBody(Deployments.CONTENT_TYPE, Deployments.scriptTask("matrix-script")));

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    private String victim;
    private String probeDeployment;
    private AccessMatrix matrix;

    @BeforeEach
    void data() throws Exception {
        victim = "matrix" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(victim);
        user.setFirstName("Victim");
        user.setLastName("Matrix");
        user.setPassword("x-Victim-1");
        identityService.saveUser(user);
        identityService.saveGroup(identityService.newGroup(victim + "group"));

        probeDeployment = repositoryService.createDeployment().name("matrix-probe")
                .addModelInstance("matrix-probe.bpmn", Deployments.userTask("matrix-probe", "staff2")).deploy().getId();
        String staff2Task = taskService.createTaskQuery()
                .processInstanceId(runtimeService.startProcessInstanceByKey("matrix-probe").getId()).singleResult().getId();

        String reference = AssistanceRequests.askForHelp(http, json, "Kako obdavčiti honorar?");
        String caseInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();
        String claimedTriage = taskService.createTaskQuery().processInstanceId(caseInstance).singleResult().getId();
        taskService.setAssignee(claimedTriage, "staff2"); // the office's triage, claimed by staff2
        String applicationInstance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(AssistanceRequests.applyForMembership(http, json)).singleResult().getId();

        matrix = new AccessMatrix(port, Map.ofEntries(
                Map.entry("token", "A".repeat(43)), Map.entry("reference", "XX-2026-9999"), Map.entry("number", "1"),
                Map.entry("receipt", "no-such-receipt"), Map.entry("membershipNumber", "M-2026-9999"),
                Map.entry("registrationNumber", "1234567000"), Map.entry("source", "NO_SUCH_REGISTER"),
                Map.entry("name", "no-such-source"),
                Map.entry("id", "999999999"), Map.entry("caseInstance", caseInstance), Map.entry("probeProcess", "matrix-probe"),
                Map.entry("viewId", "999999999"), Map.entry("fileId", "999999999"),
                Map.entry("applicationInstance", applicationInstance),
                Map.entry("staff2Task", staff2Task), Map.entry("claimedTriage", claimedTriage),
                Map.entry("victim", victim), Map.entry("colleague", "staff2"), Map.entry("group", victim + "group")),
                Map.of("board01", Set.of("board"), "counsellor1", Set.of("counsellors"), "staff", Set.of("staff"),
                        "admin", Set.of("camunda-admin")));
    }

    @AfterEach
    void removeData() {
        if (probeDeployment != null) {
            repositoryService.deleteDeployment(probeDeployment, true);
        }
        repositoryService.createDeploymentQuery().deploymentName("matrix-script").list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
        for (String user : List.of(victim, "matrixcreated")) {
            if (identityService.createUserQuery().userId(user).count() > 0) {
                identityService.deleteUser(user);
            }
        }
        for (String group : List.of(victim + "group", "matrixcreated")) {
            identityService.deleteGroup(group);
        }
        authorizationService.createAuthorizationQuery().resourceId("matrix-granted").list()
                .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    }

    @Test
    void everyProductEndpointHasARow() {
        Set<String> rows = new TreeSet<>();
        PRODUCT.forEach(row -> rows.add(row.key()));
        PRODUCT_REFUSALS_ONLY.forEach(row -> rows.add(row.key()));
        assertThat(productEndpoints()).as("endpoints without a row in the matrix").isSubsetOf(rows);
        assertThat(rows).as("rows for endpoints that no longer exist").isSubsetOf(productEndpoints());
    }

    @Test
    void eachRoleGetsWhatTheMatrixSays() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Row row : PRODUCT) {
            mismatches.addAll(matrix.check(row));
        }
        for (Row row : PRODUCT_REFUSALS_ONLY) {
            mismatches.addAll(matrix.checkRefusalsOnly(row));
        }
        for (Row row : ENGINE_AND_OPERATIONS) {
            mismatches.addAll(matrix.check(row));
        }
        assertThat(mismatches).as("answers that differ from the matrix").isEmpty();
    }

    /** {@code "GET /api/members"} for each method and path of each {@code @RequestMapping} method. */
    private Set<String> productEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Set<String> methods = new TreeSet<>();
            mapping.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("GET"); // any method (Spring Boot's /error): the table names it by GET
            }
            for (String path : mapping.getKey().getPatternValues()) {
                methods.forEach(method -> endpoints.add(method + " " + path));
            }
        }
        return endpoints;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
