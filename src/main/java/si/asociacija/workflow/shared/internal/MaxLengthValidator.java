package si.asociacija.workflow.shared.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import si.asociacija.workflow.shared.MaxLength;

/** {@link MaxLength}: the length of the trimmed text. */
public class MaxLengthValidator implements ConstraintValidator<MaxLength, String> {

    private int max;

    @Override
    public void initialize(MaxLength constraint) {
        max = constraint.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.trim().length() <= max;
    }
}
