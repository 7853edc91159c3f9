package si.asociacija.workflow.worklist.internal;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.EngineStartup;
import si.asociacija.workflow.shared.Texts;

/**
 * Creates or updates each group's Tasklist filters at every start, each readable only by its groups,
 * and removes filters of earlier versions. Two nodes starting together may both create a filter: the
 * copy with the higher id is deleted, by both.
 */
@Component
@Order(20)
class FilterSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FilterSetup.class);
    /** Tasklist shows one name per filter: the office's language. */
    private static final String LANGUAGE = "sl";
    /** Filters earlier versions created, no longer wanted. */
    private static final List<String> RETIRED = List.of("Vse naloge / All tasks");

    private final FilterService filterService;
    private final AuthorizationService authorizationService;
    private final WorkFilters filters;
    private final Texts texts;

    FilterSetup(FilterService filterService, AuthorizationService authorizationService, WorkFilters filters, Texts texts) {
        this.filterService = filterService;
        this.authorizationService = authorizationService;
        this.filters = filters;
        this.texts = texts;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        EngineStartup.apply(log, "Filters", this::apply);
    }

    private void apply() {
        RETIRED.forEach(name -> named(name).forEach(filter -> delete(filter.getId())));
        for (WorkFilter wanted : filters.all()) {
            Filter filter = save(wanted);
            for (String group : wanted.groups()) {
                grantRead(group, filter.getId());
            }
        }
        log.info("Tasklist filters in place");
    }

    private Filter save(WorkFilter wanted) {
        String name = texts.text("worklist.filter." + wanted.key() + ".name", LANGUAGE);
        List<Filter> existing = named(name);
        existing.stream().skip(1).forEach(copy -> delete(copy.getId()));
        Filter filter = existing.isEmpty() ? filterService.newTaskFilter(name) : existing.get(0);
        filter.setQuery(wanted.query().get());
        filter.setProperties(properties(wanted));
        return filterService.saveFilter(filter);
    }

    private Map<String, Object> properties(WorkFilter wanted) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", texts.text("worklist.filter." + wanted.key() + ".description", LANGUAGE));
        properties.put("priority", wanted.priority());
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", List.of(
                column(TaskNaming.REFERENCE, "worklist.column.reference"),
                column(TaskNaming.TOPIC, "worklist.column.topic")));
        return properties;
    }

    private Map<String, String> column(String variable, String labelKey) {
        return Map.of("name", variable, "label", texts.text(labelKey, LANGUAGE));
    }

    private List<Filter> named(String name) {
        return filterService.createFilterQuery().filterName(name).list().stream()
                .sorted(Comparator.comparing(Filter::getId)).toList();
    }

    private void delete(String filterId) {
        filterService.deleteFilter(filterId);
    }

    private void grantRead(String group, String filterId) {
        boolean granted = authorizationService.createAuthorizationQuery().groupIdIn(group)
                .resourceType(Resources.FILTER).resourceId(filterId).count() > 0;
        if (!granted) {
            Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            read.setGroupId(group);
            read.setResource(Resources.FILTER);
            read.setResourceId(filterId);
            read.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(read);
        }
    }
}
