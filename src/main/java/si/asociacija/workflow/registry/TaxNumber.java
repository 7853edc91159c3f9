package si.asociacija.workflow.registry;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import si.asociacija.workflow.registry.internal.TaxNumberValidator;

/**
 * A davčna številka: 8 digits with a correct check digit ({@link SlovenianIdentifiers#isValidTaxNumber}),
 * spaces ignored. Null or blank is valid: whether the number is required is a rule of its own.
 */
@Documented
@Constraint(validatedBy = TaxNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface TaxNumber {

    String message() default "is not a valid davčna številka (8 digits with a correct check digit)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
