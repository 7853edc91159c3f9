package si.asociacija.workflow.membership.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

import si.asociacija.workflow.board.BoardDecision;
import si.asociacija.workflow.mail.MailOutbox;
import si.asociacija.workflow.mail.OutgoingMail;
import si.asociacija.workflow.membership.ApplicationSubmitted;
import si.asociacija.workflow.membership.MemberAdmitted;
import si.asociacija.workflow.portal.PublicLinks;
import si.asociacija.workflow.privacy.PrivacyNotice;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;
import si.asociacija.workflow.shared.ReferenceNumbers;
import si.asociacija.workflow.shared.TaskText;
import si.asociacija.workflow.shared.Tokens;
import si.asociacija.workflow.shared.Violations;

/** The rules of a membership application; the process calls these at each step. */
@Service
@Transactional
class MembershipApplications {

    static final String PROCESS_KEY = "membership-application";
    static final String MESSAGE_INFO_PROVIDED = "MissingInformationProvided";
    /** Whether an organisation or an individual applies: the completeness form asks individuals' evidence. */
    static final String APPLICANT_TYPE_VARIABLE = "applicantType";

    /** Set when the public API has already stored the application that a process instance carries. */
    static final String RECEIVED_VARIABLE = "applicationStored";

    private static final Logger log = LoggerFactory.getLogger(MembershipApplications.class);

    private final MembershipApplicationRepository applications;
    private final MemberRepository members;
    private final ReferenceNumbers referenceNumbers;
    private final MailOutbox mail;
    private final PublicLinks links;
    private final RuntimeService runtimeService;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final ApplicationTaskTexts taskTexts;
    private final long withdrawAfterDays;
    private final PrivacyNotice privacyNotice;

    MembershipApplications(MembershipApplicationRepository applications, MemberRepository members,
                           ReferenceNumbers referenceNumbers, MailOutbox mail, PublicLinks links,
                           RuntimeService runtimeService, ApplicationEventPublisher events, Validator validator,
                           ApplicationTaskTexts taskTexts, PrivacyNotice privacyNotice,
                           @Value("${asociacija.membership.missing-info-withdraw-after}") Duration withdrawAfter) {
        this.privacyNotice = privacyNotice;
        this.withdrawAfterDays = withdrawAfter.toDays();
        this.applications = applications;
        this.members = members;
        this.referenceNumbers = referenceNumbers;
        this.mail = mail;
        this.links = links;
        this.runtimeService = runtimeService;
        this.events = events;
        this.validator = validator;
        this.taskTexts = taskTexts;
    }

    record Submitted(String reference, String status, String statusUrl) {
    }

    /** A public application: stored, acknowledged by email and put into the process, or refused whole. */
    Submitted apply(ApplicationForm form) {
        MembershipApplication application = register(form);
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, application.getReference(),
                Map.of("applicationSummary", TaskText.head(summary(application, true)), RECEIVED_VARIABLE, true,
                        APPLICANT_TYPE_VARIABLE, application.getType().name()));
        return new Submitted(application.getReference(), application.getStatus().name(),
                links.status(application.getStatusToken()));
    }

    /** Validates, checks for a second open application, stores and acknowledges. */
    MembershipApplication register(ApplicationForm form) {
        Violations.refuseInvalid(validator, form, ApplicationForm.PRECEDENCE);
        String registrationNumber = form.registrationNumber() == null || form.registrationNumber().isBlank()
                ? null : form.registrationNumber().replaceAll("\\s", "");
        // the number first: its row lock makes concurrent applications wait here, so the check below sees them
        String reference = referenceNumbers.next("MA", "MA-%d-%04d");
        if (applications.existsOpen(form.email().trim(), registrationNumber)) {
            throw new ConflictException("An application with this email or registration number is already open.");
        }
        MembershipApplication application = applications.save(
                new MembershipApplication(reference, Tokens.newToken(), form, Instant.now(), privacyNotice.version()));
        notify(application, "application-received", Map.of());
        boolean organisation = application.getType() == ApplicantType.ORGANISATION;
        events.publishEvent(new ApplicationSubmitted(reference, organisation,
                organisation ? application.getRegistrationNumber() : null, organisation ? application.getTaxNumber() : null));
        log.info("Membership application {} received", reference);
        return application;
    }

    MembershipApplication byReference(String reference) {
        return applications.findByReference(reference).orElseThrow(NotFoundException::new);
    }

    void requestMissingInfo(String reference, String missingInfo) {
        if (missingInfo == null || missingInfo.isBlank() || missingInfo.length() > 2000) {
            throw new BadUserRequestException(
                    "missingInfo: say what is missing (at most 2000 characters); the applicant receives this text");
        }
        MembershipApplication application = byReference(reference);
        application.missingInfo(missingInfo.trim(), Instant.now());
        notify(application, "application-missing-info", Map.of("missingInfo", application.getMissingInfo(),
                "withdrawAfterDays", withdrawAfterDays));
    }

    void remindMissingInfo(String reference) {
        MembershipApplication application = byReference(reference);
        notify(application, "application-missing-info-reminder", Map.of("missingInfo", application.getMissingInfo(),
                "withdrawAfterDays", withdrawAfterDays));
    }

    void withdraw(String reference) {
        MembershipApplication application = byReference(reference);
        application.changeStatus(ApplicationStatus.WITHDRAWN, null, Instant.now());
        notify(application, "application-withdrawn", Map.of());
    }

    /** The applicant's answer to a request for missing information, given on the status page. */
    void answerMissingInfo(String token, String answer) {
        MembershipApplication application = applications.findByStatusToken(token).orElseThrow(NotFoundException::new);
        if (answer == null || answer.isBlank()) {
            throw InvalidInputException.of("answer", "is required");
        }
        if (answer.length() > 4000) {
            throw InvalidInputException.of("answer", "is longer than 4000 characters");
        }
        if (application.getStatus() != ApplicationStatus.MISSING_INFO) {
            throw new ConflictException("The application is not waiting for information.");
        }
        application.changeStatus(ApplicationStatus.INFO_PROVIDED, answer.trim(), Instant.now());
        runtimeService.createMessageCorrelation(MESSAGE_INFO_PROVIDED)
                .processInstanceBusinessKey(application.getReference())
                .setVariable("applicationSummary", TaskText.tail(taskTexts.summaryWithAnswer(application, answer.trim())))
                .correlate();
    }

    /** Puts the application to the board: the applicant is told once. */
    void putToBoard(String reference) {
        MembershipApplication application = byReference(reference);
        if (application.getStatus() != ApplicationStatus.BOARD_VOTING) {
            application.changeStatus(ApplicationStatus.BOARD_VOTING, null, Instant.now());
            notify(application, "application-board-review", Map.of());
        }
    }

    /** The motion the board votes on: admit the applicant, with the application's summary. */
    BoardDecision.Motion motion(String reference) {
        MembershipApplication application = byReference(reference);
        return BoardDecision.Motion.about(reference, taskTexts.motionTitle(application),
                taskTexts.motionText() + "\n\n" + TaskText.head(summary(application, false)));
    }

    /** The application at a glance for the staff forms (see {@link ApplicationTaskTexts#summary}). */
    String summary(MembershipApplication application, boolean withContactDetails) {
        return taskTexts.summary(application, withContactDetails);
    }

    /** The board approved: the applicant becomes a member. */
    String approve(String reference, String resolutionNumber) {
        MembershipApplication application = byReference(reference);
        Member member = members.findByApplicationReference(reference).orElseGet(() -> admit(application));
        application.approved(resolutionNumber, Instant.now());
        notify(application, "application-approved", Map.of(
                "membershipNumber", member.getMembershipNumber(), "resolutionNumber", nullToEmpty(resolutionNumber)));
        log.info("Application {} approved: member {}", reference, member.getMembershipNumber());
        return member.getMembershipNumber();
    }

    /**
     * The applicant joins the register. Under the membership numbers' lock (which imports take too), an
     * active member of the earlier register with the same registration number or email is the same
     * member: the application is linked to it, not made a second member.
     */
    private Member admit(MembershipApplication application) {
        referenceNumbers.lock(Member.NUMBER_PREFIX);
        List<Member> already = application.getType() == ApplicantType.ORGANISATION
                ? members.findByTypeAndRegistrationNumberAndStatus(ApplicantType.ORGANISATION,
                        application.getRegistrationNumber(), Member.Status.ACTIVE)
                : members.findByTypeAndEmailIgnoreCaseAndStatus(ApplicantType.INDIVIDUAL, application.getEmail(),
                        Member.Status.ACTIVE);
        Optional<Member> imported = already.stream().filter(m -> m.getApplicationReference() == null).findFirst();
        if (imported.isPresent()) {
            imported.get().cameThrough(application.getReference());
            return imported.get();
        }
        Member member = members.save(new Member(referenceNumbers.next(Member.NUMBER_PREFIX, Member.NUMBER_FORMAT), application,
                LocalDate.now(ReferenceNumbers.ZONE)));
        events.publishEvent(new MemberAdmitted(member.getMembershipNumber(), application.getReference(), member.getJoinDate()));
        return member;
    }

    /** Rejects with the reason staff wrote; {@code resolutionNumber} is null when the board did not decide. */
    void reject(String reference, String reason, String resolutionNumber) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new BadUserRequestException(
                    "rejectionReason: write the reason the applicant receives (at most 2000 characters)");
        }
        MembershipApplication application = byReference(reference);
        application.rejected(reason.trim(), resolutionNumber, Instant.now());
        notify(application, "application-rejected", Map.of(
                "reason", application.getRejectionReason(), "resolutionNumber", nullToEmpty(resolutionNumber)));
    }

    static String describe(Map<String, String> errors) {
        return errors.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; "));
    }

    private void notify(MembershipApplication application, String template, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("reference", application.getReference());
        model.put("name", application.getName());
        model.put("statusUrl", links.status(application.getStatusToken()));
        model.put("publicUrl", links.base());
        mail.enqueue(new OutgoingMail(application.getEmail(), template, application.getLanguage(),
                application.getReference(), model));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
