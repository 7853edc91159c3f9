package si.asociacija.workflow.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.identity.Groups;

/**
 * Each group's Tasklist filters, readable only by that group and created once however often the
 * application starts; every task named with its reference and person.
 */
class WorklistTest extends WorkflowTest {

    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    TaskService taskService;
    @Autowired
    List<ApplicationRunner> runners;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void forgetUser() {
        identityService.clearAuthentication();
    }

    @Test
    void eachGroupReadsOnlyItsOwnFilters() {
        assertThat(filtersOf("staff", Groups.STAFF))
                .containsExactly("Prijave v pregled", "Primeri za razvrstitev", "Zamujeno", "Skupščina", "Zagovorništvo", "Registri", "Moje naloge");
        assertThat(filtersOf("counsellor1", Groups.COUNSELLORS)).containsExactly("Moji primeri", "Moje naloge");
        assertThat(filtersOf("board01", Groups.BOARD)).containsExactly("Moja glasovanja");
        assertThat(filtersOf("nobody", "no-group")).isEmpty();
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Groups.STAFF, Groups.COUNSELLORS, Groups.BOARD)
                .resourceType(Resources.FILTER).resourceId("*").count()).as("no grant to read every filter").isZero();
    }

    @Test
    void filtersAreCreatedOnceHoweverOftenTheApplicationStarts() throws Exception {
        Filter copy = filterService.newTaskFilter("Zamujeno");
        copy.setQuery(taskService.createTaskQuery());
        filterService.saveFilter(copy);
        Filter retired = filterService.newTaskFilter("Vse naloge / All tasks");
        retired.setQuery(taskService.createTaskQuery());
        filterService.saveFilter(retired);

        for (int start = 0; start < 2; start++) {
            for (ApplicationRunner runner : runners) {
                if (runner.getClass().getSimpleName().startsWith("FilterSetup")) {
                    runner.run(new DefaultApplicationArguments());
                }
            }
        }

        assertThat(filterService.createFilterQuery().filterName("Zamujeno").count()).isOne();
        assertThat(filterService.createFilterQuery().filterName("Vse naloge / All tasks").count()).isZero();
        assertThat(filterService.createFilterQuery().count()).isEqualTo(10);
    }

    @Test
    void aNewApplicationIsInStaffsFilterNamedWithItsReferenceAndApplicant() throws Exception {
        String reference = new WorklistCases(http, json, null, taskService).application("Zavod Primer " + TestData.registrationNumber().substring(0, 4));
        Task check = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();

        assertThat(check.getName()).startsWith("Preveri popolnost prijave — " + reference + " Zavod Primer ");
        assertThat(taskService.getVariablesLocal(check.getId()))
                .containsEntry("taskReference", reference).containsEntry("taskTopic", "Uprizoritvene umetnosti");

        identityService.setAuthentication("staff", List.of(Groups.STAFF));
        Filter applications = filterService.createFilterQuery().filterName("Prijave v pregled").singleResult();
        assertThat(filterService.list(applications.getId()).stream().map(t -> ((Task) t).getId())).contains(check.getId());
        Map<String, Object> properties = applications.getProperties();
        assertThat(properties.get("variables").toString()).contains("taskReference", "Zadeva", "taskTopic", "Tema");
        identityService.setAuthentication("board01", List.of(Groups.BOARD));
        assertThat(filterService.createFilterQuery().filterName("Prijave v pregled").count()).isZero();
    }

    private List<String> filtersOf(String user, String group) {
        identityService.setAuthentication(user, List.of(group));
        try {
            return filterService.createFilterQuery().list().stream()
                    .sorted((a, b) -> Integer.compare(priority(a), priority(b)))
                    .map(Filter::getName).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static int priority(Filter filter) {
        return ((Number) filter.getProperties().get("priority")).intValue();
    }
}
