package si.asociacija.workflow.membership.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** An organisation (applying, or imported into the register) gives its registration number and tax number (each reported on its field). */
@Documented
@Constraint(validatedBy = IdentifiedOrganisationValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface IdentifiedOrganisation {

    String message() default "is required for organisations";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What the rule reads: an application form or a row of the member register's import. */
    interface Applicant {
        String type();

        String registrationNumber();

        String taxNumber();
    }
}
