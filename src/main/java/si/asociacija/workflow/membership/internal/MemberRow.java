package si.asociacija.workflow.membership.internal;

import si.asociacija.workflow.membership.FieldOfWork;
import java.lang.annotation.Annotation;
import java.util.List;

import jakarta.validation.constraints.Pattern;

import si.asociacija.workflow.registry.RegistrationNumber;
import si.asociacija.workflow.registry.TaxNumber;
import si.asociacija.workflow.shared.EmailAddress;
import si.asociacija.workflow.shared.MaxLength;
import si.asociacija.workflow.shared.OneOf;
import si.asociacija.workflow.shared.Required;
import si.asociacija.workflow.shared.SingleLine;

/**
 * One line of the member register's import ({@code POST /api/members/import}), checked as an
 * application is: identifiers with their check digits, both numbers for an organisation, a known
 * field of art. {@code representative} is the person who votes for an organisation.
 */
@IdentifiedOrganisation
record MemberRow(
        @Required(message = "is required (ORGANISATION or INDIVIDUAL)")
        @OneOf(value = ApplicantType.class, message = "must be ORGANISATION or INDIVIDUAL") String type,
        @SingleLine @Required @MaxLength(200) String name,
        @SingleLine @Required @MaxLength(200) @EmailAddress String email,
        @SingleLine @RegistrationNumber String registrationNumber,
        @SingleLine @TaxNumber String taxNumber,
        @Required @OneOf(FieldOfWork.class) String field,
        @Required(message = "is required (YYYY-MM-DD)")
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date YYYY-MM-DD") String joinDate,
        @SingleLine @Pattern(regexp = ApplicationForm.LANGUAGE, message = "must be sl or en") String language,
        @SingleLine @MaxLength(200) String representative)
        implements IdentifiedOrganisation.Applicant {

    static final List<String> HEADER = List.of("type", "name", "email", "registrationNumber", "taxNumber", "field",
            "joinDate", "language", "representative");

    /** As for an application: the identifiers and the language first, then the text rules, then required and length. */
    static final List<Class<? extends Annotation>> PRECEDENCE = ApplicationForm.PRECEDENCE;

    boolean organisation() {
        return ApplicantType.ORGANISATION.name().equals(type);
    }

    String languageOrDefault() {
        return language == null || language.isBlank() ? "sl" : language.trim();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Identifiers as stored: without the spaces people type in them. */
    static String digits(String value) {
        return value == null || value.isBlank() ? null : value.replaceAll("\\s", "");
    }
}
