package si.asociacija.workflow.membership.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import si.asociacija.workflow.shared.TextRules;

/** {@link IdentifiedOrganisation}: for the type ORGANISATION, neither number blank. */
public class IdentifiedOrganisationValidator implements ConstraintValidator<IdentifiedOrganisation, IdentifiedOrganisation.Applicant> {

    @Override
    public boolean isValid(IdentifiedOrganisation.Applicant form, ConstraintValidatorContext context) {
        if (form == null || !ApplicantType.ORGANISATION.name().equals(form.type())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean registrationNumber = given(form.registrationNumber(), "registrationNumber", context);
        boolean taxNumber = given(form.taxNumber(), "taxNumber", context);
        return registrationNumber && taxNumber;
    }

    private static boolean given(String value, String field, ConstraintValidatorContext context) {
        if (!TextRules.isBlank(value)) {
            return true;
        }
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
