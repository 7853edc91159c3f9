package si.asociacija.workflow.registry.internal.vies;

import java.time.LocalDate;

/**
 * What VIES said about a VAT number. {@code name} and {@code address} are null where VIES does not
 * disclose them. An UNKNOWN check has no answer from VIES and says why in {@code reason}: a VIES error
 * code, {@link #TIMEOUT}, {@link #CONNECTION_ERROR}, {@link #CIRCUIT_OPEN}, {@link #BUSY}, an HTTP status,
 * {@link #UNREADABLE} or the name of an unexpected failure. Only VIES itself makes a number INVALID,
 * never its absence.
 */
public record VatCheck(Outcome outcome, String name, String address, LocalDate requestDate, String reason) {

    public enum Outcome { VALID, INVALID, UNKNOWN }

    public static final String TIMEOUT = "TIMEOUT";
    public static final String CONNECTION_ERROR = "connection error";
    public static final String CIRCUIT_OPEN = "circuit open";
    public static final String BUSY = "too many checks at once";
    public static final String UNREADABLE = "unreadable answer";

    static VatCheck unknown(String reason) {
        return new VatCheck(Outcome.UNKNOWN, null, null, null, reason);
    }
}
