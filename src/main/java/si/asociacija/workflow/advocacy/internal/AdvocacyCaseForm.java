package si.asociacija.workflow.advocacy.internal;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;

import si.asociacija.workflow.advocacy.internal.watch.Draft;
import si.asociacija.workflow.shared.EmailAddress;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.MaxLength;
import si.asociacija.workflow.shared.MultiLine;
import si.asociacija.workflow.shared.Required;
import si.asociacija.workflow.shared.SingleLine;
import si.asociacija.workflow.shared.Violations;

/** A consultation staff enter by hand ({@code POST /api/advocacy-cases}). */
record AdvocacyCaseForm(
        @SingleLine @Required @MaxLength(500) String title,
        @SingleLine @MaxLength(300) String proposer,
        @SingleLine @MaxLength(200) String stage,
        @SingleLine @MaxLength(1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String link,
        @MultiLine @MaxLength(4000) String summary,
        @SingleLine String consultationDeadline,
        @SingleLine String consultationOpenedOn,
        @SingleLine @EmailAddress @MaxLength(320) String consultationAddress) {

    /** A text rule's message wins over the field's other rules. */
    static final List<Class<? extends Annotation>> PRECEDENCE = List.of(SingleLine.class, MultiLine.class, Required.class,
            MaxLength.class);

    /** The draft the form describes, or 400 naming every invalid field. Its id is the link, else a new one. */
    Draft draft(Validator validator) {
        Map<String, String> errors = new LinkedHashMap<>(Violations.messages(validator.validate(this), PRECEDENCE));
        LocalDate deadline = date(consultationDeadline, "consultationDeadline", errors);
        LocalDate openedOn = date(consultationOpenedOn, "consultationOpenedOn", errors);
        if (deadline != null && openedOn != null && openedOn.isAfter(deadline)) {
            errors.putIfAbsent("consultationOpenedOn", "must not be after the consultation's deadline");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String url = blankToNull(link);
        return new Draft(AdvocacyCase.BY_HAND, url == null ? "by-hand:" + UUID.randomUUID() : url, title.strip(),
                blankToNull(proposer), blankToNull(stage), url, openedOn, deadline, blankToNull(summary));
    }

    LocalDate openedOn() {
        return consultationOpenedOn == null || consultationOpenedOn.isBlank() ? null : LocalDate.parse(consultationOpenedOn.strip());
    }

    String address() {
        return blankToNull(consultationAddress);
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank() || errors.containsKey(field)) {
            return null;
        }
        try {
            if (value.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value.strip());
            }
        } catch (DateTimeParseException e) {
            // a day that does not exist: refused below
        }
        errors.put(field, "must be a date YYYY-MM-DD");
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
