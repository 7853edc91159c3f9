package si.asociacija.workflow.registry.internal.vies;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import si.asociacija.workflow.registry.internal.vies.VatCheck.Outcome;

/** VIES's JSON answer: the check, or {@code "actionSucceed": false} with error codes. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ViesAnswer(Boolean valid, String name, String address, LocalDate requestDate,
                  List<ErrorWrapper> errorWrappers) {

    private static final String NOT_DISCLOSED = "---";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorWrapper(String error) {
    }

    /** The first error code, or null when VIES answered the question. */
    String error() {
        return errorWrappers == null ? null : errorWrappers.stream()
                .filter(Objects::nonNull).map(ErrorWrapper::error).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    boolean answered() {
        return valid != null;
    }

    VatCheck check() {
        return new VatCheck(valid ? Outcome.VALID : Outcome.INVALID, disclosed(name), disclosed(address), requestDate,
                null);
    }

    private static String disclosed(String text) {
        return text == null || text.isBlank() || NOT_DISCLOSED.equals(text.strip()) ? null : text;
    }
}
