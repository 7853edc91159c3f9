package si.asociacija.workflow.shared;

import java.util.List;

/** A file whose rows break rules: every bad line with its field and the reason. Nothing of the file is stored. */
public class InvalidRowsException extends RuntimeException {

    /** One broken rule: the file's line (the header is line 1), the field and what is wrong. */
    public record RowError(int line, String field, String message) {
    }

    private final transient List<RowError> errors;

    public InvalidRowsException(List<RowError> errors) {
        super("Invalid rows: " + errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
