package si.asociacija.workflow.registry.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import si.asociacija.workflow.registry.SlovenianIdentifiers;
import si.asociacija.workflow.registry.TaxNumber;
import si.asociacija.workflow.shared.TextRules;

/** {@link TaxNumber}: blank (as {@link TextRules#isBlank} sees it) or a valid davčna številka. */
public class TaxNumberValidator implements ConstraintValidator<TaxNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return TextRules.isBlank(value) || SlovenianIdentifiers.isValidTaxNumber(value);
    }
}
