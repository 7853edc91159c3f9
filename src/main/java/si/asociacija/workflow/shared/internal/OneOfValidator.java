package si.asociacija.workflow.shared.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import si.asociacija.workflow.shared.OneOf;
import si.asociacija.workflow.shared.TextRules;

/** {@link OneOf}: the exact name of a constant; {@code {values}} in the message lists them. */
public class OneOfValidator implements ConstraintValidator<OneOf, String> {

    private Set<String> names;
    private String values;

    @Override
    public void initialize(OneOf constraint) {
        Enum<?>[] constants = constraint.value().getEnumConstants();
        names = Arrays.stream(constants).map(Enum::name).collect(Collectors.toUnmodifiableSet());
        values = Arrays.toString(constants);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (TextRules.isBlank(value) || names.contains(value)) {
            return true;
        }
        if (context instanceof HibernateConstraintValidatorContext hibernate) {
            hibernate.addMessageParameter("values", values);
        }
        return false;
    }
}
