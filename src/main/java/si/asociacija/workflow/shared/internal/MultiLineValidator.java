package si.asociacija.workflow.shared.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import si.asociacija.workflow.shared.MultiLine;
import si.asociacija.workflow.shared.TextRules;

/** {@link MultiLine}: {@link TextRules#problem} of a multi-line text. */
public class MultiLineValidator implements ConstraintValidator<MultiLine, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return TextRuleViolations.report(TextRules.problem(value, false), context);
    }
}
