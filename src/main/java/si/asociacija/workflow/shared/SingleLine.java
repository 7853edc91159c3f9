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

import si.asociacija.workflow.shared.internal.SingleLineValidator;

/**
 * Text a person could type on one line ({@link TextRules}: no line break, no control character, no
 * broken character). The message says what is wrong; null is valid.
 */
@Documented
@Constraint(validatedBy = SingleLineValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface SingleLine {

    String message() default "must be a single line of text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
