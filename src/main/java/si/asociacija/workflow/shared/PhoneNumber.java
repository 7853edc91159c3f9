package si.asociacija.workflow.shared;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import si.asociacija.workflow.shared.internal.PhoneNumberValidator;

/** A phone number as people write it: at most 50 digits, spaces and {@code + ( ) / . -}. Null or blank is valid. */
@Documented
@Constraint(validatedBy = PhoneNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface PhoneNumber {

    String message() default "may contain only digits, spaces and + ( ) / . -";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
