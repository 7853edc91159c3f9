package si.asociacija.workflow.shared;

import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Bean Validation as the API answers it: every invalid field with one message. When a field breaks several
 * rules, the message is that of the rule whose constraint comes first in the form's precedence; rules not
 * listed come after the listed ones, and among themselves by message, so the answer never depends on the
 * order in which the validator reports.
 */
public final class Violations {

    private static final Pattern CONTAINER_ELEMENT = Pattern.compile("\\.<[a-z ]+>");

    private Violations() {
    }

    /** Throws {@link InvalidInputException} when {@code input} breaks a constraint; changes nothing. */
    public static void refuseInvalid(Validator validator, Object input, List<Class<? extends Annotation>> precedence) {
        Map<String, String> errors = messages(validator.validate(input), precedence);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** One message per field (the property path; an element of a list as {@code items[0]}), of the rule that comes first in {@code precedence}. */
    public static Map<String, String> messages(Set<? extends ConstraintViolation<?>> violations,
                                               List<Class<? extends Annotation>> precedence) {
        Comparator<ConstraintViolation<?>> order = Comparator
                .<ConstraintViolation<?>>comparingInt(v -> rank(v, precedence))
                .thenComparing(ConstraintViolation::getMessage);
        return violations.stream()
                .collect(Collectors.groupingBy(Violations::field, LinkedHashMap::new,
                        Collectors.collectingAndThen(Collectors.minBy(order), v -> v.orElseThrow().getMessage())));
    }

    /** The property path without the validator's names of container elements ({@code items[0].<list element>}). */
    private static String field(ConstraintViolation<?> violation) {
        return CONTAINER_ELEMENT.matcher(violation.getPropertyPath().toString()).replaceAll("");
    }

    private static int rank(ConstraintViolation<?> violation, List<Class<? extends Annotation>> precedence) {
        int index = precedence.indexOf(violation.getConstraintDescriptor().getAnnotation().annotationType());
        return index < 0 ? precedence.size() : index;
    }
}
