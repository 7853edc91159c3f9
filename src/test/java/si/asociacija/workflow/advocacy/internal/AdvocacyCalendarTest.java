package si.asociacija.workflow.advocacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;


import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

import si.asociacija.workflow.identity.Groups;
import si.asociacija.workflow.portal.PublicLinks;

/** The deadlines in staff calendars: a private feed link per staff member, readable without login. */
class AdvocacyCalendarTest extends AdvocacyApiTestBase {

    @Autowired
    PublicLinks links;
    @Autowired
    IdentityService identityService;
    @Autowired
    CalendarTokens tokens;
    @Autowired
    CalendarTokenRepository tokenRepository;
    @Autowired
    AdvocacyCaseRepository cases;

    @Test
    void theFeedHasTheDeadlinesOfOpenCasesAndANewLinkEndsTheOldOne() {
        Map<String, Object> form = AdvocacyApiClient.form();
        String reference = api.open(form);
        api.act(reference, "PUBLISHING");
        AdvocacyCase c = cases.findByReference(reference).orElseThrow();

        String url = newLink("staff2");
        assertThat(url).startsWith(links.base() + "/calendar/advocacy/").endsWith(".ics");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        assertThat(tokenRepository.findById("staff2").orElseThrow().getTokenHash())
                .isEqualTo(CalendarTokens.sha256(token)).doesNotContain(token);

        ResponseEntity<String> feed = anonymous(url);
        assertThat(feed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(feed.getHeaders().getContentType().toString()).startsWith("text/calendar");
        ICalendar calendar = Biweekly.parse(feed.getBody()).first();
        VEvent response = event(calendar, reference + "-response@asociacija");
        VEvent cutOff = event(calendar, reference + "-views-until@asociacija");
        VEvent consultation = event(calendar, reference + "-consultation@asociacija");
        assertThat(response.getSummary().getValue()).contains(reference).contains((String) form.get("title"));
        assertThat(day(response)).isEqualTo(c.getResponseDeadline());
        assertThat(day(consultation)).isEqualTo(c.getConsultationDeadline());
        assertThat(cutOff.getDateStart().getValue().toInstant()).isEqualTo(c.getViewsUntil());
        assertThat(response.getDateTimeStamp()).isNotNull();
        assertThat(response.getDateStart().getValue().hasTime()).isFalse();

        assertThat(anonymous(links.base() + "/calendar/advocacy/" + "B".repeat(43) + ".ics").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        HttpHeaders calendarApp = new HttpHeaders();
        calendarApp.set("Accept", "text/calendar");
        assertThat(http.exchange("/calendar/advocacy/" + "C".repeat(43) + ".ics", HttpMethod.GET, new HttpEntity<>(calendarApp),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.exchange(url.substring(links.base().length()), HttpMethod.GET, new HttpEntity<>(calendarApp),
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        String replaced = newLink("staff2");
        assertThat(replaced).isNotEqualTo(url);
        assertThat(anonymous(url).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(anonymous(replaced).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aClosedCaseLeavesTheFeed() {
        String reference = api.open(AdvocacyApiClient.form());
        String url = newLink("staff2");
        assertThat(anonymous(url).getBody()).contains(reference + "-consultation@asociacija");

        String review = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
        taskService.complete(review, Map.of("decision", "NOT_ACTING", "reason", "Ne zadeva kulture."));

        assertThat(anonymous(url).getBody()).doesNotContain(reference);
    }

    @Test
    void aLinkStopsWorkingWhenItsOwnerIsNoLongerStaff() {
        String id = "cal" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(id);
        user.setFirstName("Koledar");
        user.setLastName("Test");
        user.setPassword("x-Calendar-1");
        identityService.saveUser(user);
        identityService.createMembership(id, Groups.STAFF);
        try {
            String url = links.base() + "/calendar/advocacy/" + tokens.renew(id) + ".ics";
            assertThat(anonymous(url).getStatusCode()).isEqualTo(HttpStatus.OK);

            identityService.deleteMembership(id, Groups.STAFF);

            assertThat(anonymous(url).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        } finally {
            identityService.deleteUser(id);
        }
    }

    private String newLink(String user) {
        ResponseEntity<String> answer = http.withBasicAuth(user, "demo").postForEntity("/api/advocacy-cases/calendar-token", null,
                String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return api.read(answer.getBody()).get("url").asText();
    }

    private ResponseEntity<String> anonymous(String url) {
        return http.getForEntity(url.substring(links.base().length()), String.class);
    }

    private static VEvent event(ICalendar calendar, String uid) {
        return calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals(uid)).findFirst().orElseThrow(
                () -> new AssertionError("no event " + uid));
    }

    /** An all-day date as biweekly reads it: midnight in the machine's zone. */
    private static LocalDate day(VEvent event) {
        return event.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
