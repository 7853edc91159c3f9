package si.asociacija.workflow.advocacy.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import si.asociacija.workflow.portal.PublicLinks;
import si.asociacija.workflow.shared.NotFoundException;

/**
 * The deadlines in staff calendars: a logged-in staff member asks for their private feed link (a new one
 * replaces the old); the calendar app reads the feed with the token in the link, as it cannot log in.
 */
@RestController
class AdvocacyCalendarController {

    static final String FEED = "/calendar/advocacy/";
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarTokens tokens;
    private final AdvocacyCalendar calendar;
    private final PublicLinks links;

    AdvocacyCalendarController(CalendarTokens tokens, AdvocacyCalendar calendar, PublicLinks links) {
        this.tokens = tokens;
        this.calendar = calendar;
        this.links = links;
    }

    record FeedLink(String url) {
    }

    @PostMapping(AdvocacyCaseJson.PATH + "/calendar-token")
    FeedLink renew(Authentication user) {
        return new FeedLink(links.base() + FEED + tokens.renew(user.getName()) + ".ics");
    }

    /** The feed; an unknown or replaced token, or one whose owner is no longer staff, is a 404. */
    @GetMapping(FEED + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        tokens.owner(token).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header("Cache-Control", "private, no-store")
                .body(calendar.feed());
    }
}
