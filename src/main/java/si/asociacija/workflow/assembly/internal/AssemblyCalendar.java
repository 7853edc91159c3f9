package si.asociacija.workflow.assembly.internal;

import java.time.Duration;
import java.util.Date;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;

import si.asociacija.workflow.mail.MailAttachment;

/** The assembly as a calendar entry (iCalendar, RFC 5545) attached to each notice. */
final class AssemblyCalendar {

    /** How long the calendar entry lasts; the assembly itself ends when its last item is closed. */
    private static final Duration EXPECTED_LENGTH = Duration.ofHours(3);

    private AssemblyCalendar() {
    }

    static MailAttachment of(Assembly assembly, String personalLink) {
        VEvent event = new VEvent();
        event.setUid(assembly.getReference() + "@asociacija");
        event.setSummary(assembly.getTitle());
        event.setLocation(assembly.getPlace());
        event.setDateStart(Date.from(assembly.getStartsAt()));
        event.setDateEnd(Date.from(assembly.getStartsAt().plus(EXPECTED_LENGTH)));
        event.setUrl(personalLink);
        event.setDescription(assembly.getReference() + ": " + personalLink);
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Asociacija//Skupscina//SL");
        calendar.setMethod(Method.publish());
        calendar.addEvent(event);
        return MailAttachment.text(assembly.getReference() + ".ics", "text/calendar", Biweekly.write(calendar).go());
    }
}
