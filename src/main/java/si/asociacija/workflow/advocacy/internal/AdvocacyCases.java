package si.asociacija.workflow.advocacy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.apache.commons.validator.routines.EmailValidator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.board.BoardDecision;
import si.asociacija.workflow.membership.FieldOfWork;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;

/**
 * The rules of an advocacy case from review to outcome: what staff decide, the dates that follow from
 * it, the position and the board's answer, the government's answer. Every change is audited.
 */
@Service
@Transactional
class AdvocacyCases {

    static final int MAX_REASON = 2000;
    static final int MAX_POSITION = 20000;

    private final AdvocacyCaseRepository cases;
    private final AdvocacyDeadlines deadlines;
    private final ApplicationEventPublisher events;

    AdvocacyCases(AdvocacyCaseRepository cases, AdvocacyDeadlines deadlines, ApplicationEventPublisher events) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.events = events;
    }

    @Transactional(readOnly = true)
    AdvocacyCase byReference(String reference) {
        return cases.findByReference(reference).orElseThrow(NotFoundException::new);
    }

    /** The review's default response deadline: the consultation's deadline minus the configured working days. */
    @Transactional(readOnly = true)
    LocalDate defaultResponseDeadline(String reference) {
        return deadlines.defaultResponseDeadline(byReference(reference).getConsultationDeadline(), now());
    }

    /** Staff's review: act (with deadline, fields, lead) or not (with a reason). Bad input changes nothing. */
    AdvocacyCase review(String reference, Review review) {
        AdvocacyCase c = byReference(reference);
        if (!"ACT".equals(review.decision()) && !"NOT_ACTING".equals(review.decision())) {
            throw InvalidInputException.of("decision", "must be ACT or NOT_ACTING");
        }
        String reason = text(review.reason(), MAX_REASON, "reason");
        if ("NOT_ACTING".equals(review.decision())) {
            if (reason == null) {
                throw InvalidInputException.of("reason", "is required when not acting");
            }
            c.notActing(reason, now());
            events.publishEvent(Audited.of(SubjectType.ADVOCACY, reference, "not-acting", null));
            return c;
        }
        LocalDate responseDeadline = date(review.responseDeadline(), "responseDeadline");
        if (responseDeadline == null) {
            throw InvalidInputException.of("responseDeadline", "is required (YYYY-MM-DD)");
        }
        if (!responseDeadline.isAfter(AdvocacyDeadlines.today(now()))) {
            throw InvalidInputException.of("responseDeadline", "must be after today");
        }
        if (c.getConsultationDeadline() != null && responseDeadline.isAfter(c.getConsultationDeadline())) {
            throw InvalidInputException.of("responseDeadline", "must not be after the consultation's deadline");
        }
        Set<FieldOfWork> fields = fields(review.fields());
        if (review.lead() == null || review.lead().isBlank()) {
            throw InvalidInputException.of("lead", "is required");
        }
        String address = text(review.consultationAddress(), 320, "consultationAddress");
        if (address != null && !EmailValidator.getInstance().isValid(address)) {
            throw InvalidInputException.of("consultationAddress", "is not a valid email address");
        }
        c.act(reason, responseDeadline, fields, review.lead().strip(), address, deadlines.defaultViewsUntil(responseDeadline, now()));
        events.publishEvent(Audited.of(SubjectType.ADVOCACY, reference, "acting", c.fieldSet().toString()));
        return c;
    }

    /** The lead starts on the position (after the cut-off, or again after the board). */
    AdvocacyCase startDrafting(String reference) {
        AdvocacyCase c = byReference(reference);
        c.drafting();
        return c;
    }

    void recordPosition(String reference, String position) {
        String text = text(position, MAX_POSITION, "positionText");
        if (text == null) {
            throw InvalidInputException.of("positionText", "is required");
        }
        byReference(reference).toBoard(text);
        events.publishEvent(Audited.of(SubjectType.ADVOCACY, reference, "position-to-board", null));
    }

    /** The board's answer: approved goes to submission, anything else back to the lead. */
    void boardDecided(String reference, BoardDecision.Result result) {
        AdvocacyCase c = byReference(reference);
        if (result != null && result.outcome() == BoardDecision.Outcome.APPROVED) {
            c.approved(result.resolutionNumber());
        } else {
            c.drafting();
        }
        events.publishEvent(Audited.of(SubjectType.ADVOCACY, reference, "board-decided",
                result == null ? null : result.outcome() + " " + result.resolutionNumber()));
    }

    void recordOutcome(String reference, String reception, String reason, String finalTextLink) {
        Reception value = Arrays.stream(Reception.values()).filter(r -> r != Reception.NO_ANSWER && r.name().equals(reception))
                .findFirst().orElseThrow(() -> InvalidInputException.of("reception", "must be FULLY, MOSTLY, PARTLY or NOT"));
        String link = text(finalTextLink, 1000, "finalTextLink");
        if (link != null && !link.matches("https?://\\S+")) {
            throw InvalidInputException.of("finalTextLink", "must be an http(s) link");
        }
        byReference(reference).outcome(value, text(reason, 4000, "outcomeReason"), link, now());
        events.publishEvent(Audited.of(SubjectType.ADVOCACY, reference, "outcome-recorded", value.name()));
    }

    void closeWithoutOutcome(String reference) {
        byReference(reference).outcome(Reception.NO_ANSWER, null, null, now());
        events.publishEvent(Audited.of(SubjectType.ADVOCACY, reference, "closed-without-answer", null));
    }

    static Set<FieldOfWork> fields(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw InvalidInputException.of("fields", "at least one field of art is required");
        }
        Set<FieldOfWork> fields = EnumSet.noneOf(FieldOfWork.class);
        for (String name : names) {
            try {
                fields.add(FieldOfWork.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("fields", "has an unknown field of art: " + name);
            }
        }
        return fields;
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "must be a date YYYY-MM-DD");
        }
    }

    static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw InvalidInputException.of(field, "must be at most " + max + " characters");
        }
        return value.strip();
    }

    static Instant now() {
        return ClockUtil.now().toInstant();
    }

    /** What staff decided at review, as the form gave it. */
    record Review(String decision, String reason, String responseDeadline, Collection<String> fields, String lead,
                  String consultationAddress) {
    }
}
