package si.asociacija.workflow.membership.internal;

import si.asociacija.workflow.membership.FieldOfWork;
import java.lang.annotation.Annotation;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import si.asociacija.workflow.registry.RegistrationNumber;
import si.asociacija.workflow.registry.TaxNumber;
import si.asociacija.workflow.shared.EmailAddress;
import si.asociacija.workflow.shared.MaxLength;
import si.asociacija.workflow.shared.MultiLine;
import si.asociacija.workflow.shared.OneOf;
import si.asociacija.workflow.shared.PhoneNumber;
import si.asociacija.workflow.shared.Required;
import si.asociacija.workflow.shared.SingleLine;

/**
 * A membership application as the applicant (or staff typing in a paper one) gives it. The type and the
 * field of work are names from a fixed list, so a text rule could add nothing to their messages.
 */
@IdentifiedOrganisation
record ApplicationForm(
        @Required(message = "is required (ORGANISATION or INDIVIDUAL)")
        @OneOf(value = ApplicantType.class, message = "must be ORGANISATION or INDIVIDUAL") String type,
        @SingleLine @Required @MaxLength(200) String name,
        @SingleLine @Required @MaxLength(200) @EmailAddress String email,
        @SingleLine @PhoneNumber String phone,
        @SingleLine @Required @MaxLength(300) String address,
        @SingleLine @RegistrationNumber String registrationNumber,
        @SingleLine @TaxNumber String taxNumber,
        @Required @OneOf(FieldOfWork.class) String field,
        @MultiLine @Required @MaxLength(4000) String motivation,
        @SingleLine @Pattern(regexp = ApplicationForm.LANGUAGE, message = "must be sl or en") String language,
        @NotNull(message = ApplicationForm.CONSENT) @AssertTrue(message = ApplicationForm.CONSENT) Boolean consent)
        implements IdentifiedOrganisation.Applicant {

    /** sl or en as {@link #languageOrDefault()} reads it: none (blank) is sl, surrounding spaces do not count. */
    static final String LANGUAGE = "\\p{javaWhitespace}*|[\\x00-\\x20]*(?:sl|en)[\\x00-\\x20]*";
    static final String CONSENT = "must be true: we need your consent to process the application";

    /**
     * Whose message a field gets when it breaks several rules, first wins: whether a number or a language is
     * one we know comes before the text rules, and those before required and length.
     */
    static final List<Class<? extends Annotation>> PRECEDENCE = List.of(RegistrationNumber.class, TaxNumber.class,
            IdentifiedOrganisation.class, Pattern.class, SingleLine.class, MultiLine.class, Required.class,
            MaxLength.class);

    String languageOrDefault() {
        return language == null || language.isBlank() ? "sl" : language.trim();
    }
}
