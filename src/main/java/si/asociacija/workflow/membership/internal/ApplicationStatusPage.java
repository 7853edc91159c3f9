package si.asociacija.workflow.membership.internal;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.portal.CaseStatus;
import si.asociacija.workflow.portal.CaseStatusSource;
import si.asociacija.workflow.shared.Texts;

/** What an applicant sees on their private status page. */
@Component
class ApplicationStatusPage implements CaseStatusSource {

    private final MembershipApplicationRepository applications;
    private final MembershipApplications service;
    private final Texts texts;
    private final ApplicationEventPublisher events;

    ApplicationStatusPage(MembershipApplicationRepository applications, MembershipApplications service, Texts texts,
                          ApplicationEventPublisher events) {
        this.events = events;
        this.applications = applications;
        this.service = service;
        this.texts = texts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseStatus> findByToken(String token) {
        return applications.findByStatusToken(token).map(a -> {
            String language = a.getLanguage();
            boolean waiting = a.getStatus() == ApplicationStatus.MISSING_INFO;
            return new CaseStatus(a.getReference(),
                    texts.text("membership.status.title", language),
                    a.getStatus().name(), texts.label(a.getStatus(), language), language,
                    a.getHistory().stream()
                            .map(e -> new CaseStatus.Step(e.getOccurredAt(), e.getStatus().name(),
                                    texts.label(e.getStatus(), language), e.getPublicNote()))
                            .toList(),
                    waiting ? a.getMissingInfo() : null, waiting);
        });
    }

    @Override
    @Transactional
    public void answer(String token, String text) {
        service.answerMissingInfo(token, text);
        applications.findByStatusToken(token).ifPresent(a -> events.publishEvent(
                Audited.of(SubjectType.APPLICATION, a.getReference(), "information-provided", null).by(Audited.APPLICANT)));
    }
}
