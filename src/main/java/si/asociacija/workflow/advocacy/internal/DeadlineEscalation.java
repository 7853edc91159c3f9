package si.asociacija.workflow.advocacy.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.identity.Groups;
import si.asociacija.workflow.mail.MailOutbox;
import si.asociacija.workflow.mail.OutgoingMail;
import si.asociacija.workflow.portal.PublicLinks;

/**
 * A case not yet submitted a few working days before its response deadline: marked as escalated and the
 * office head (or, with none configured, every staff member) is told by email.
 */
@Service
@Transactional
class DeadlineEscalation {

    private static final Logger log = LoggerFactory.getLogger(DeadlineEscalation.class);

    private final AdvocacyCases cases;
    private final IdentityService identity;
    private final AdvocacySettings settings;
    private final MailOutbox mail;
    private final PublicLinks links;
    private final ApplicationEventPublisher events;

    DeadlineEscalation(AdvocacyCases cases, IdentityService identity, AdvocacySettings settings, MailOutbox mail,
                       PublicLinks links, ApplicationEventPublisher events) {
        this.cases = cases;
        this.identity = identity;
        this.settings = settings;
        this.mail = mail;
        this.links = links;
        this.events = events;
    }

    /** True when the case was escalated now (false when it was already submitted or closed). */
    boolean escalate(String reference) {
        AdvocacyCase c = cases.byReference(reference);
        if (!c.isOpen() || c.getSubmittedAt() != null) {
            return false;
        }
        c.escalated();
        for (User person : recipients()) {
            if (person.getEmail() == null || person.getEmail().isBlank()) {
                continue;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("reference", reference);
            model.put("title", c.getTitle());
            model.put("status", c.getStatus().name());
            model.put("deadline", AdvocacyTaskTexts.date(c.getResponseDeadline() != null ? c.getResponseDeadline()
                    : c.getConsultationDeadline()));
            model.put("lead", c.getLead());
            model.put("tasklistUrl", links.tasklist());
            model.put("publicUrl", links.base());
            mail.enqueue(new OutgoingMail(person.getEmail(), "advocacy-deadline-at-risk", "sl", reference, model));
        }
        events.publishEvent(Audited.of(SubjectType.ADVOCACY, reference, "escalated", null));
        log.warn("Advocacy case {}: deadline at risk, {} not yet submitted", reference, c.getStatus());
        return true;
    }

    private List<User> recipients() {
        if (!settings.officeHead().isBlank()) {
            User head = identity.createUserQuery().userId(settings.officeHead()).singleResult();
            if (head != null) {
                return List.of(head);
            }
            log.warn("The office head {} (asociacija.advocacy.office-head) has no account: telling every staff member",
                    settings.officeHead());
        }
        return identity.createUserQuery().memberOfGroup(Groups.STAFF).list();
    }
}
