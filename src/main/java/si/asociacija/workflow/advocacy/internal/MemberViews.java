package si.asociacija.workflow.advocacy.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.mail.MailOutbox;
import si.asociacija.workflow.mail.OutgoingMail;
import si.asociacija.workflow.membership.FieldOfWork;
import si.asociacija.workflow.membership.MemberDirectory;
import si.asociacija.workflow.membership.Voter;
import si.asociacija.workflow.portal.PublicLinks;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;
import si.asociacija.workflow.shared.Texts;
import si.asociacija.workflow.shared.Tokens;

/**
 * Members' views on a case: the members of the fields concerned are invited by email with a personal
 * link, reminded before the cut-off, and give their view (text and up to three files) until then.
 */
@Service
@Transactional
class MemberViews {

    static final int MAX_TEXT = 10000;

    private final MemberViewRepository views;
    private final AdvocacyCases cases;
    private final MemberDirectory members;
    private final MailOutbox mail;
    private final PublicLinks links;
    private final Texts texts;
    private final ApplicationEventPublisher events;

    MemberViews(MemberViewRepository views, AdvocacyCases cases, MemberDirectory members, MailOutbox mail, PublicLinks links,
                Texts texts, ApplicationEventPublisher events) {
        this.views = views;
        this.cases = cases;
        this.members = members;
        this.mail = mail;
        this.links = links;
        this.texts = texts;
        this.events = events;
    }

    /** Invites every current member of the case's fields (once each: a second run invites no one twice); returns how many. */
    int invite(String reference) {
        AdvocacyCase c = cases.byReference(reference);
        List<MemberView> existing = views.findByAdvocacyCaseOrderByFieldAscMembershipNumberAsc(c);
        int invited = 0;
        for (FieldOfWork field : c.fieldSet()) {
            for (Voter member : members.activeIn(field)) {
                if (existing.stream().anyMatch(v -> v.getMembershipNumber().equals(member.membershipNumber()))) {
                    continue;
                }
                MemberView view = views.save(new MemberView(c, Tokens.newToken(), member, field));
                send(view, "advocacy-views-invitation");
                invited++;
            }
        }
        events.publishEvent(Audited.of(SubjectType.ADVOCACY, reference, "views-invited", Integer.toString(invited)));
        return invited;
    }

    /** Reminds those invited who have not given a view yet. */
    int remind(String reference) {
        AdvocacyCase c = cases.byReference(reference);
        List<MemberView> open = views.findByAdvocacyCaseOrderByFieldAscMembershipNumberAsc(c).stream()
                .filter(v -> !v.isGiven()).toList();
        open.forEach(view -> send(view, "advocacy-views-reminder"));
        return open.size();
    }

    @Transactional(readOnly = true)
    List<MemberView> of(AdvocacyCase c) {
        return views.findByAdvocacyCaseOrderByFieldAscMembershipNumberAsc(c);
    }

    @Transactional(readOnly = true)
    MemberView byToken(String token) {
        return views.findByToken(token).orElseThrow(NotFoundException::new);
    }

    /** A member's view through their link, until the cut-off; a second view replaces the first. */
    MemberView give(String token, String text, List<ViewFile> files, Instant now) {
        MemberView view = byToken(token);
        AdvocacyCase c = view.getAdvocacyCase();
        if (c.getStatus() != AdvocacyStatus.GATHERING_VIEWS || c.getViewsUntil() == null || !now.isBefore(c.getViewsUntil())) {
            throw new ConflictException(texts.text("advocacy.view.closed", view.getLanguage()));
        }
        String body = AdvocacyCases.text(text, MAX_TEXT, "text");
        if (body == null) {
            throw InvalidInputException.of("text", "is required (at most " + MAX_TEXT + " characters)");
        }
        if (files.size() > MemberView.MAX_FILES) {
            throw InvalidInputException.of("files", "at most " + MemberView.MAX_FILES + " files");
        }
        view.give(body, files, now);
        events.publishEvent(Audited.of(SubjectType.ADVOCACY, c.getReference(), "view-given", view.getField().name())
                .by(Audited.MEMBER));
        return view;
    }

    /** Members who gave a view hear what the association submitted. */
    void tellContributors(AdvocacyCase c, String positionText) {
        for (MemberView view : of(c)) {
            if (view.isGiven()) {
                Map<String, Object> model = model(view);
                model.put("position", positionText);
                mail.enqueue(new OutgoingMail(view.getEmail(), "advocacy-position-sent", view.getLanguage(), c.getReference(), model));
            }
        }
    }

    private void send(MemberView view, String template) {
        mail.enqueue(new OutgoingMail(view.getEmail(), template, view.getLanguage(), view.getAdvocacyCase().getReference(),
                model(view)));
    }

    private Map<String, Object> model(MemberView view) {
        AdvocacyCase c = view.getAdvocacyCase();
        Map<String, Object> model = new HashMap<>();
        model.put("name", view.getName());
        model.put("reference", c.getReference());
        model.put("title", c.getTitle());
        model.put("proposer", c.getProposer());
        model.put("link", c.getLink());
        model.put("summary", c.getSummary());
        model.put("fieldLabel", texts.label(view.getField(), view.getLanguage()));
        model.put("viewsUntil", AdvocacyTaskTexts.TIME.format(c.getViewsUntil()));
        model.put("viewUrl", links.memberView(view.getToken()));
        model.put("publicUrl", links.base());
        return model;
    }
}
