package si.asociacija.workflow.shared.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import si.asociacija.workflow.shared.Required;
import si.asociacija.workflow.shared.TextRules;

/** {@link Required}: not {@link TextRules#isBlank}. */
public class RequiredValidator implements ConstraintValidator<Required, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return !TextRules.isBlank(value);
    }
}
