package si.asociacija.workflow.advocacy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateStart;
import biweekly.property.Method;

import si.asociacija.workflow.portal.PublicLinks;
import si.asociacija.workflow.shared.Texts;

/**
 * The deadlines of the open advocacy cases as an iCalendar feed (RFC 5545) for staff calendars: for each
 * case our response deadline, the members' cut-off and the consultation's deadline, each a VEVENT with a UID
 * that stays the same for the case and kind, so a calendar updates the entry when a date moves.
 */
@Component
class AdvocacyCalendar {

    private final AdvocacyCaseRepository cases;
    private final Texts texts;
    private final PublicLinks links;

    AdvocacyCalendar(AdvocacyCaseRepository cases, Texts texts, PublicLinks links) {
        this.cases = cases;
        this.texts = texts;
        this.links = links;
    }

    @Transactional(readOnly = true)
    String feed() {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Asociacija//Zagovorniske zadeve//SL");
        calendar.setMethod(Method.publish());
        calendar.setName(texts.both("advocacy.calendar.name"));
        Instant now = AdvocacyCases.now();
        for (AdvocacyCase c : cases.findByStatusNotInOrderByOpenedAt(EnumSet.of(AdvocacyStatus.NOT_ACTING, AdvocacyStatus.CLOSED))) {
            if (c.getResponseDeadline() != null) {
                calendar.addEvent(event(c, "response", new DateStart(day(c.getResponseDeadline()), false), now));
            }
            if (c.getViewsUntil() != null) {
                calendar.addEvent(event(c, "views-until", new DateStart(Date.from(c.getViewsUntil()), true), now));
            }
            if (c.getConsultationDeadline() != null) {
                calendar.addEvent(event(c, "consultation", new DateStart(day(c.getConsultationDeadline()), false), now));
            }
        }
        return Biweekly.write(calendar).go();
    }

    private VEvent event(AdvocacyCase c, String kind, DateStart start, Instant now) {
        VEvent event = new VEvent();
        event.setUid(c.getReference() + "-" + kind + "@asociacija");
        event.setDateTimeStamp(Date.from(now));
        event.setDateStart(start);
        event.setSummary(texts.both("advocacy.calendar." + kind) + ": " + c.getReference() + " " + c.getTitle());
        StringBuilder description = new StringBuilder(c.getReference()).append(": ").append(c.getTitle());
        if (c.getLead() != null) {
            description.append('\n').append(texts.both("advocacy.calendar.lead")).append(": ").append(c.getLead());
        }
        if (c.getLink() != null) {
            description.append('\n').append(c.getLink());
            event.setUrl(c.getLink());
        }
        description.append('\n').append(links.tasklist());
        event.setDescription(description.toString());
        return event;
    }

    /**
     * An all-day date: biweekly writes a date without time in the machine's zone, so the day starts there
     * (it is read back the same way).
     */
    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
