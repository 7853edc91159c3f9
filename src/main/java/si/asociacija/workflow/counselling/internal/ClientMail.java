package si.asociacija.workflow.counselling.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.mail.MailOutbox;
import si.asociacija.workflow.mail.OutgoingMail;
import si.asociacija.workflow.portal.PublicLinks;

/** Mail to the client of a case: in their language, with their private link, replies to the counselling mailbox. */
@Component
class ClientMail {

    private final MailOutbox mail;
    private final PublicLinks links;
    private final CounsellingSettings settings;

    ClientMail(MailOutbox mail, PublicLinks links, CounsellingSettings settings) {
        this.mail = mail;
        this.links = links;
        this.settings = settings;
    }

    /** Queues {@code template} for the client, threaded under {@code inReplyTo} when given. */
    void send(AssistanceCase c, String template, Map<String, Object> extra, String inReplyTo) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("reference", c.getReference());
        model.put("name", c.getName());
        model.put("statusUrl", links.status(c.getStatusToken()));
        model.put("publicUrl", links.base());
        model.put("reopenDays", settings.reopenWithin().toDays());
        mail.enqueue(new OutgoingMail(c.getEmail(), template, c.getLanguage(), c.getReference(), model,
                inReplyTo, settings.mailbox()));
    }
}
