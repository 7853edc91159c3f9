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

import si.asociacija.workflow.shared.internal.MaxLengthValidator;

/** Text of at most {@code value} characters once trimmed (as it is stored); null is valid. */
@Documented
@Constraint(validatedBy = MaxLengthValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface MaxLength {

    int value();

    String message() default "is longer than {value} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
