package si.asociacija.workflow.shared.internal;

import org.apache.commons.validator.routines.EmailValidator;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import si.asociacija.workflow.shared.EmailAddress;

/** {@link EmailAddress}: commons-validator's email rules on the trimmed text. */
public class EmailAddressValidator implements ConstraintValidator<EmailAddress, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || EmailValidator.getInstance().isValid(value.trim());
    }
}
