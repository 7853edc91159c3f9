package si.asociacija.workflow.registry.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import si.asociacija.workflow.registry.RegistrationNumber;
import si.asociacija.workflow.registry.SlovenianIdentifiers;
import si.asociacija.workflow.shared.TextRules;

/** {@link RegistrationNumber}: blank (as {@link TextRules#isBlank} sees it) or a valid matična številka. */
public class RegistrationNumberValidator implements ConstraintValidator<RegistrationNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return TextRules.isBlank(value) || SlovenianIdentifiers.isValidRegistrationNumber(value);
    }
}
