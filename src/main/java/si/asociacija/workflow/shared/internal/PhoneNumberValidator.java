package si.asociacija.workflow.shared.internal;

import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import si.asociacija.workflow.shared.PhoneNumber;

/** {@link PhoneNumber}: no number (absent or only spaces), or up to 50 of the allowed characters. */
public class PhoneNumberValidator implements ConstraintValidator<PhoneNumber, String> {

    private static final Pattern PHONE = Pattern.compile("[0-9+()/ .-]+");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || (value.length() <= 50 && PHONE.matcher(value).matches());
    }
}
