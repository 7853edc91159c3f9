package si.asociacija.workflow.shared;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Working-day arithmetic for deadlines and SLAs (for example "answer within 20 working days").
 *
 * <p>A working day is any day that is not a Saturday, not a Sunday and not a Slovenian public
 * holiday that is a work-free day (dela prost dan): 1 and 2 January, Prešeren Day, Easter Sunday
 * and Monday, 27 April, 1 and 2 May, Whit Sunday, 25 June, 15 August, 31 October, 1 November,
 * 25 and 26 December. The holidays are not hard-coded here: they come from the maintained Jollyday
 * calendar for Slovenia ({@code holidays/Holidays_si.xml}), so a change in law is picked up by
 * upgrading the library. A holiday that falls on a weekend is not moved to another day; Slovenia has
 * no substitute days off.
 *
 * <p>Instants are interpreted in {@link ReferenceNumbers#ZONE} (Europe/Ljubljana): the local date
 * decides whether a day counts, and results keep the local time of day, so they stay correct
 * across the daylight-saving changes.
 *
 * <p>Thread-safe: the holiday manager is created once in the constructor and the work-free days
 * of each year are computed once and kept in an immutable set.
 */
@Component
public class WorkingDays {

    private static final String SLOVENIA = "si";

    private final HolidayManager holidays;
    private final Map<Integer, Set<LocalDate>> workFreeHolidaysByYear = new ConcurrentHashMap<>();

    public WorkingDays() {
        this.holidays = HolidayManager.getInstance(ManagerParameters.create(SLOVENIA));
    }

    /** Whether {@code date} is neither a weekend day nor a work-free Slovenian public holiday. */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        return !workFreeHolidays(date.getYear()).contains(date);
    }

    /**
     * The date that is {@code days} working days after {@code start}. The start day itself is never
     * counted, whether or not it is a working day: from Friday or from Saturday, one working day later
     * is the next Monday (when that Monday is not a holiday). With {@code days == 0} the result is
     * {@code start} when it is a working day, otherwise the next working day.
     *
     * @throws IllegalArgumentException when {@code days} is negative
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        if (days == 0) {
            return nextWorkingDayFrom(start);
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The working day that lies {@code days} working days before {@code end}: the latest working day from
     * which {@code plusWorkingDays(result, days)} still reaches {@code end} (a deadline of Monday minus two
     * working days is the Thursday before, holidays skipped). With {@code days == 0} the result is {@code end}
     * when it is a working day, otherwise the working day before it.
     *
     * @throws IllegalArgumentException when {@code days} is negative
     */
    public LocalDate minusWorkingDays(LocalDate end, int days) {
        Objects.requireNonNull(end, "end");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate date = end;
        while (!isWorkingDay(date)) {
            date = date.minusDays(1);
        }
        int counted = 0;
        while (counted < days) {
            date = date.minusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The instant {@code days} working days after {@code start}, at the same local time of day in
     * Europe/Ljubljana (10:00 stays 10:00 across a daylight-saving change). The date is computed as in
     * {@link #plusWorkingDays(LocalDate, int)} on the local date of {@code start}.
     *
     * <p>Chosen behaviour when {@code start} falls on a non-working day: counting begins with the next
     * working day and the time of day is kept. Saturday 15:30 plus one working day is Monday 15:30
     * (the same as from Friday 15:30), plus zero is also Monday 15:30. Should the local time not exist
     * on the resulting date (it never does in Europe/Ljubljana, whose clock changes happen on Sundays),
     * the usual {@link ZonedDateTime} gap adjustment applies.
     *
     * @throws IllegalArgumentException when {@code days} is negative
     */
    public Instant plusWorkingDays(Instant start, int days) {
        Objects.requireNonNull(start, "start");
        ZonedDateTime local = start.atZone(ReferenceNumbers.ZONE);
        LocalDate date = plusWorkingDays(local.toLocalDate(), days);
        return ZonedDateTime.of(date, local.toLocalTime(), ReferenceNumbers.ZONE).toInstant();
    }

    /**
     * How many working days lie after the local date of {@code from} up to and including the local
     * date of {@code to} (Europe/Ljubljana). Zero when both are on the same local date or when
     * {@code to} is before {@code from}. For {@code days >= 1},
     * {@code workingDaysBetween(start, plusWorkingDays(start, days)) == days}.
     */
    public int workingDaysBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        LocalDate first = from.atZone(ReferenceNumbers.ZONE).toLocalDate();
        LocalDate last = to.atZone(ReferenceNumbers.ZONE).toLocalDate();
        int count = 0;
        for (LocalDate date = first.plusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate nextWorkingDayFrom(LocalDate date) {
        LocalDate candidate = date;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private Set<LocalDate> workFreeHolidays(int year) {
        return workFreeHolidaysByYear.computeIfAbsent(year, y -> holidays
                .getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY)
                .stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet()));
    }
}
