package si.asociacija.workflow.shared;

import java.util.List;
import java.util.Map;

/** Input that breaks a rule: every invalid field with a message a person understands. Changes nothing. */
public class InvalidInputException extends RuntimeException {

    private final transient Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + String.join(", ", fieldErrors.keySet()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public List<String> fields() {
        return fieldErrors.keySet().stream().sorted().toList();
    }
}
