package si.asociacija.workflow.advocacy.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.validator.routines.EmailValidator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.mail.MailAttachment;
import si.asociacija.workflow.mail.MailOutbox;
import si.asociacija.workflow.mail.OutgoingMail;
import si.asociacija.workflow.portal.PublicLinks;
import si.asociacija.workflow.shared.InvalidInputException;

/**
 * Sends the approved position: by email to the consultation's address with the position as PDF (the
 * message's Message-ID and time kept as proof), or recorded as submitted through the e-Demokracija form
 * with its receipt. Members who gave a view then hear what was submitted.
 */
@Service
@Transactional
class PositionSubmission {

    private final AdvocacyCases cases;
    private final MemberViews views;
    private final PositionPdf pdf;
    private final MailOutbox mail;
    private final PublicLinks links;
    private final ApplicationEventPublisher events;

    PositionSubmission(AdvocacyCases cases, MemberViews views, PositionPdf pdf, MailOutbox mail, PublicLinks links,
                       ApplicationEventPublisher events) {
        this.cases = cases;
        this.views = views;
        this.pdf = pdf;
        this.mail = mail;
        this.links = links;
        this.events = events;
    }

    void submit(String reference, String channel, String address, String receipt) {
        AdvocacyCase c = cases.byReference(reference);
        Instant now = AdvocacyCases.now();
        SubmissionChannel via;
        try {
            via = SubmissionChannel.valueOf(channel == null ? "" : channel);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("channel", "must be EMAIL or E_DEMOKRACIJA");
        }
        if (via == SubmissionChannel.EMAIL) {
            String to = AdvocacyCases.text(address, 320, "consultationAddress");
            if (to == null || !EmailValidator.getInstance().isValid(to)) {
                throw InvalidInputException.of("consultationAddress", "is required: a valid email address of the consultation");
            }
            Map<String, Object> model = new HashMap<>();
            model.put("reference", reference);
            model.put("title", c.getTitle());
            model.put("resolutionNumber", c.getResolutionNumber());
            model.put("publicUrl", links.base());
            String messageId = mail.enqueue(new OutgoingMail(to, "advocacy-position", "sl", reference, model)
                    .with(new MailAttachment("stalisce-" + reference + ".pdf", "application/pdf",
                            pdf.render(c, AdvocacyDeadlines.today(now)))));
            c.submitted(via, now, messageId, null, to);
        } else {
            String proof = AdvocacyCases.text(receipt, 2000, "receipt");
            if (proof == null) {
                throw InvalidInputException.of("receipt", "is required: the receipt e-Demokracija gave (its number or text)");
            }
            c.submitted(via, now, null, proof, null);
        }
        events.publishEvent(Audited.of(SubjectType.ADVOCACY, reference, "submitted", via.name()));
        views.tellContributors(c, c.getPositionText());
    }
}
