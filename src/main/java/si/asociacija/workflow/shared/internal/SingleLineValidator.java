package si.asociacija.workflow.shared.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import si.asociacija.workflow.shared.SingleLine;
import si.asociacija.workflow.shared.TextRules;

/** {@link SingleLine}: {@link TextRules#problem} of a single-line text. */
public class SingleLineValidator implements ConstraintValidator<SingleLine, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return TextRuleViolations.report(TextRules.problem(value, true), context);
    }
}
