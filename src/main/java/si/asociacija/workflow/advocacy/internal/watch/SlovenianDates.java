package si.asociacija.workflow.advocacy.internal.watch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Slovenian pages write them: {@code 14.03.2025}, {@code 14. 3. 2025}. */
final class SlovenianDates {

    private static final Pattern DEADLINE = Pattern.compile("(?iu)\\brok\\b");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\.\\s*(\\d{1,2})\\.\\s*(\\d{4})");

    private SlovenianDates() {
    }

    /** A deadline a text names: the first date after the word "rok" (deadline); null when there is none. */
    static LocalDate deadline(String text) {
        if (text == null) {
            return null;
        }
        Matcher rok = DEADLINE.matcher(text);
        return rok.find() ? find(text.substring(rok.end())) : null;
    }

    /** The first date in {@code text}; null when there is none. */
    static LocalDate find(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
