package si.asociacija.workflow.registry.internal.file;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import si.asociacija.workflow.registry.SlovenianIdentifiers;

/** The values of a register record as the rows carry them: trimmed, blank as null, identifiers checked. */
final class Fields {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern UNIT_NUMBER = Pattern.compile("\\d{10}");

    private Fields() {
    }

    /** The value without its padding, or null when nothing is left. */
    static String value(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        return value.isEmpty() ? null : value;
    }

    /** The value of a fixed-width column. */
    static String column(String line, int start, int length) {
        return value(line.substring(start, start + length));
    }

    /** A date {@code DD.MM.YYYY} of a fixed-width column, null when blank. */
    static LocalDate date(String line, int start) {
        String value = column(line, start, 10);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw new RejectedLine("date '" + value + "' is not DD.MM.YYYY");
        }
    }

    /** A davčna številka of a fixed-width column, refused unless its check digit is right. */
    static String taxNumber(String line, int start) {
        String value = column(line, start, 8);
        if (!SlovenianIdentifiers.isValidTaxNumber(value)) {
            throw new RejectedLine("tax number '" + printable(value) + "' is not 8 digits with a valid check digit");
        }
        return value;
    }

    /** The matična številka of a business unit: 10 digits with a valid check digit. */
    static String unitNumber(String raw) {
        String value = value(raw);
        if (value == null || !UNIT_NUMBER.matcher(value).matches()
                || !SlovenianIdentifiers.isValidRegistrationNumber(value)) {
            throw new RejectedLine("registration number '" + printable(value)
                    + "' is not 10 digits with a valid check digit");
        }
        return value;
    }

    private static String printable(String value) {
        return value == null ? "" : value;
    }
}
