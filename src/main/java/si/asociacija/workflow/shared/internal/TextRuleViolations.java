package si.asociacija.workflow.shared.internal;

import jakarta.validation.ConstraintValidatorContext;

/** Reports the problem {@code TextRules} found as the violation's message. */
final class TextRuleViolations {

    private TextRuleViolations() {
    }

    static boolean report(String problem, ConstraintValidatorContext context) {
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }
}
