package si.asociacija.workflow.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.validator.routines.IBANValidator;

/**
 * Format and check-digit validation of Slovenian identifiers (davčna številka, matična številka, EMŠO, IBAN).
 */
public final class SlovenianIdentifiers {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TAX_NUMBER = Pattern.compile("[1-9]\\d{7}");
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("\\d{7}(\\d{3})?");
    private static final Pattern EMSO = Pattern.compile("\\d{13}");

    private static final int[] TAX_WEIGHTS = {8, 7, 6, 5, 4, 3, 2};
    private static final int[] REGISTRATION_WEIGHTS = {7, 6, 5, 4, 3, 2};
    private static final int[] EMSO_WEIGHTS = {7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private SlovenianIdentifiers() {
    }

    /** Davčna številka: 8 digits, no leading 0, mod 11 with weights 8..2; 11 - r = 10 gives 0, 11 is invalid. */
    public static boolean isValidTaxNumber(String value) {
        String number = normalize(value);
        if (number == null || !TAX_NUMBER.matcher(number).matches()) {
            return false;
        }
        int check = 11 - weightedSum(number, TAX_WEIGHTS) % 11;
        if (check == 11) {
            return false;
        }
        return digit(number, 7) == (check == 10 ? 0 : check);
    }

    /** Matična številka: 7 digits or 7 + 3-digit unit suffix, mod 11 with weights 7..2; 10 gives 0, 11 is invalid. */
    public static boolean isValidRegistrationNumber(String value) {
        String number = normalize(value);
        if (number == null || !REGISTRATION_NUMBER.matcher(number).matches()) {
            return false;
        }
        int check = 11 - weightedSum(number, REGISTRATION_WEIGHTS) % 11;
        if (check == 11) {
            return false;
        }
        return digit(number, 6) == (check == 10 ? 0 : check);
    }

    /** EMŠO: 13 digits, DDMMYYY birth date not in the future, mod 11 with weights 7..2,7..2; 10 and 11 give 0. */
    public static boolean isValidEmso(String value) {
        String number = normalize(value);
        if (number == null || !EMSO.matcher(number).matches() || !hasPlausibleBirthDate(number)) {
            return false;
        }
        int check = 11 - weightedSum(number, EMSO_WEIGHTS) % 11;
        return digit(number, 12) == (check >= 10 ? 0 : check);
    }

    /** IBAN (any country) via commons-validator, ignoring spaces and letter case. */
    public static boolean isValidIban(String value) {
        String iban = normalize(value);
        return iban != null && IBANValidator.getInstance().isValid(iban.toUpperCase(Locale.ROOT));
    }

    /** Removes all whitespace; returns null for null or blank input. */
    private static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String stripped = WHITESPACE.matcher(value).replaceAll("");
        return stripped.isEmpty() ? null : stripped;
    }

    /** Sum of the leading digits multiplied by the given weights. */
    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(digits, i) * weights[i];
        }
        return sum;
    }

    /** Numeric value of the ASCII digit at the given index. */
    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }

    /** First 7 digits DDMMYYY form a real date (YYY >= 800 means 1YYY, else 2YYY) that is not in the future. */
    private static boolean hasPlausibleBirthDate(String number) {
        int day = Integer.parseInt(number.substring(0, 2));
        int month = Integer.parseInt(number.substring(2, 4));
        int yyy = Integer.parseInt(number.substring(4, 7));
        int year = yyy >= 800 ? 1000 + yyy : 2000 + yyy;
        try {
            return !LocalDate.of(year, month, day).isAfter(LocalDate.now());
        } catch (DateTimeException e) {
            return false;
        }
    }
}
