package si.asociacija.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant ljubljana(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ReferenceNumbers.ZONE).toInstant();
    }

    private static LocalDateTime inLjubljana(Instant instant) {
        return instant.atZone(ReferenceNumbers.ZONE).toLocalDateTime();
    }

    @Test
    void ordinaryWeekdaysAreWorkingDaysAndWeekendsAreNot() {
        assertThat(workingDays.isWorkingDay(date("2026-03-27"))).isTrue();  // Friday
        assertThat(workingDays.isWorkingDay(date("2026-03-28"))).isFalse(); // Saturday
        assertThat(workingDays.isWorkingDay(date("2026-03-29"))).isFalse(); // Sunday
        assertThat(workingDays.isWorkingDay(date("2026-03-30"))).isTrue();  // Monday
    }

    @Test
    void christmasAndIndependenceDayAreSkipped() {
        assertThat(workingDays.isWorkingDay(date("2026-12-25"))).isFalse(); // Friday, Christmas
        assertThat(workingDays.isWorkingDay(date("2026-12-26"))).isFalse(); // Saturday, Independence and Unity Day
        assertThat(workingDays.isWorkingDay(date("2026-12-24"))).isTrue();  // Christmas Eve is a working day

        // Thu 24 Dec 2026 + 1: Fri 25 holiday, Sat 26, Sun 27 -> Mon 28 Dec
        assertThat(workingDays.plusWorkingDays(date("2026-12-24"), 1)).isEqualTo(date("2026-12-28"));
    }

    @Test
    void easterMondayIsSkipped() {
        assertThat(workingDays.isWorkingDay(date("2026-04-05"))).isFalse(); // Easter Sunday
        assertThat(workingDays.isWorkingDay(date("2026-04-06"))).isFalse(); // Easter Monday
        assertThat(workingDays.isWorkingDay(date("2026-04-03"))).isTrue();  // Good Friday is a working day in Slovenia

        // Thu 2 Apr 2026 + 2: Fri 3 Apr counts (1), weekend, Easter Monday skipped, Tue 7 Apr (2)
        assertThat(workingDays.plusWorkingDays(date("2026-04-02"), 2)).isEqualTo(date("2026-04-07"));
    }

    @Test
    void labourDayOnFridayAndSaturdayIsSkipped() {
        assertThat(workingDays.isWorkingDay(date("2026-05-01"))).isFalse(); // Friday
        assertThat(workingDays.isWorkingDay(date("2026-05-02"))).isFalse(); // Saturday

        // Thu 30 Apr 2026 + 1: Fri 1 May holiday, Sat 2 May, Sun 3 May -> Mon 4 May
        assertThat(workingDays.plusWorkingDays(date("2026-04-30"), 1)).isEqualTo(date("2026-05-04"));
    }

    @Test
    void newYearHolidaysAcrossTheYearBoundaryAreSkipped() {
        assertThat(workingDays.isWorkingDay(date("2026-01-01"))).isFalse(); // Thursday
        assertThat(workingDays.isWorkingDay(date("2026-01-02"))).isFalse(); // Friday

        // Wed 31 Dec 2025 + 1: Thu 1 and Fri 2 Jan holidays, weekend -> Mon 5 Jan 2026
        assertThat(workingDays.plusWorkingDays(date("2025-12-31"), 1)).isEqualTo(date("2026-01-05"));
    }

    @Test
    void preserenDayOnMondayIsSkipped() {
        assertThat(workingDays.isWorkingDay(date("2027-02-08"))).isFalse(); // Monday, Prešeren Day

        // Fri 5 Feb 2027 + 1: weekend, Mon 8 Feb holiday -> Tue 9 Feb
        assertThat(workingDays.plusWorkingDays(date("2027-02-05"), 1)).isEqualTo(date("2027-02-09"));
    }

    @Test
    void statehoodDayIsSkipped() {
        assertThat(workingDays.isWorkingDay(date("2026-06-25"))).isFalse(); // Thursday

        // Wed 24 Jun 2026 + 1: Thu 25 Jun holiday -> Fri 26 Jun
        assertThat(workingDays.plusWorkingDays(date("2026-06-24"), 1)).isEqualTo(date("2026-06-26"));
    }

    @Test
    void reformationAndRemembranceDaysOnAWeekendCostNoExtraWorkingDay() {
        assertThat(workingDays.isWorkingDay(date("2026-10-31"))).isFalse(); // Saturday, Reformation Day
        assertThat(workingDays.isWorkingDay(date("2026-11-01"))).isFalse(); // Sunday, Remembrance Day
        assertThat(workingDays.isWorkingDay(date("2026-11-02"))).isTrue();  // no substitute day off

        // Thu 29 Oct 2026 + 2: Fri 30 Oct (1), weekend holidays, Mon 2 Nov (2)
        assertThat(workingDays.plusWorkingDays(date("2026-10-29"), 2)).isEqualTo(date("2026-11-02"));
    }

    @Test
    void twentyWorkingDayResolutionDeadlineSkipsEasterMondayUprisingDayAndLabourDay() {
        // Received Wed 1 Apr 2026. Working days: 2, 3 Apr (2); Easter Monday 6 Apr skipped;
        // 7-10 Apr (6); 13-17 Apr (11); 20-24 Apr (16); 27 Apr Day of Uprising skipped;
        // 28-30 Apr (19); Fri 1 May Labour Day, weekend; Mon 4 May (20).
        assertThat(workingDays.plusWorkingDays(date("2026-04-01"), 20)).isEqualTo(date("2026-05-04"));

        Instant received = ljubljana("2026-04-01T14:45");
        Instant due = workingDays.plusWorkingDays(received, 20);
        assertThat(inLjubljana(due)).isEqualTo(LocalDateTime.parse("2026-05-04T14:45"));
        assertThat(workingDays.workingDaysBetween(received, due)).isEqualTo(20);
    }

    @Test
    void zeroWorkingDaysKeepsAWorkingDayAndMovesOffAHoliday() {
        assertThat(workingDays.plusWorkingDays(date("2026-12-24"), 0)).isEqualTo(date("2026-12-24"));
        assertThat(workingDays.plusWorkingDays(date("2026-12-25"), 0)).isEqualTo(date("2026-12-28"));
    }

    @Test
    void aNonWorkingStartDayIsNotCounted() {
        // Sat 26 Dec 2026 (holiday and weekend) + 1 -> Mon 28 Dec, the same as from Thu 24 Dec
        assertThat(workingDays.plusWorkingDays(date("2026-12-26"), 1)).isEqualTo(date("2026-12-28"));
        assertThat(workingDays.plusWorkingDays(date("2026-12-26"), 2)).isEqualTo(date("2026-12-29"));
    }

    @Test
    void negativeWorkingDaysAreRejected() {
        assertThatThrownBy(() -> workingDays.plusWorkingDays(date("2026-12-24"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void instantKeepsTheLocalTimeOfDayAcrossTheDaylightSavingChange() {
        // Clocks go forward on Sun 29 Mar 2026: 10:00 CET is 09:00Z, 10:00 CEST is 08:00Z
        Instant start = ljubljana("2026-03-27T10:00");
        assertThat(start).isEqualTo(Instant.parse("2026-03-27T09:00:00Z"));

        Instant due = workingDays.plusWorkingDays(start, 1);

        assertThat(inLjubljana(due)).isEqualTo(LocalDateTime.parse("2026-03-30T10:00"));
        assertThat(due).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    }

    @Test
    void instantUsesTheLjubljanaDateNotTheUtcDate() {
        // 23:30 UTC on Thu 24 Dec is already 00:30 on Fri 25 Dec (Christmas) in Ljubljana
        Instant start = Instant.parse("2026-12-24T23:30:00Z");

        Instant due = workingDays.plusWorkingDays(start, 1);

        assertThat(inLjubljana(due)).isEqualTo(LocalDateTime.parse("2026-12-28T00:30"));
    }

    @Test
    void instantOnANonWorkingDayKeepsItsTimeOfDay() {
        Instant saturdayAfternoon = ljubljana("2026-03-28T15:30");

        assertThat(inLjubljana(workingDays.plusWorkingDays(saturdayAfternoon, 0)))
                .isEqualTo(LocalDateTime.parse("2026-03-30T15:30"));
        assertThat(inLjubljana(workingDays.plusWorkingDays(saturdayAfternoon, 1)))
                .isEqualTo(LocalDateTime.parse("2026-03-30T15:30"));
        assertThat(inLjubljana(workingDays.plusWorkingDays(saturdayAfternoon, 2)))
                .isEqualTo(LocalDateTime.parse("2026-03-31T15:30"));
    }

    @Test
    void workingDaysBetweenSkipsChristmasAndIndependenceDay() {
        // After Wed 23 Dec up to Wed 30 Dec 2026: Thu 24 (1), Fri 25 holiday, weekend, Mon 28 (2), Tue 29 (3), Wed 30 (4)
        Instant from = ljubljana("2026-12-23T16:00");
        Instant to = ljubljana("2026-12-30T09:00");

        assertThat(workingDays.workingDaysBetween(from, to)).isEqualTo(4);
    }

    @Test
    void workingDaysBetweenIsZeroOnTheSameDayOrBackwards() {
        Instant morning = ljubljana("2026-12-23T08:00");
        Instant evening = ljubljana("2026-12-23T23:59");

        assertThat(workingDays.workingDaysBetween(morning, evening)).isZero();
        assertThat(workingDays.workingDaysBetween(ljubljana("2026-12-30T09:00"), morning)).isZero();
    }

    @Test
    void workingDaysBetweenUsesLjubljanaDates() {
        // 23:30Z on Wed 23 Dec is 00:30 on Thu 24 Dec in Ljubljana, so Thu 24 is the start day and not counted
        Instant from = Instant.parse("2026-12-23T23:30:00Z");
        Instant to = ljubljana("2026-12-28T12:00");

        assertThat(workingDays.workingDaysBetween(from, to)).isEqualTo(1);
    }

    @Test
    void workingDaysBetweenUndoesPlusWorkingDays() {
        ZonedDateTime start = ZonedDateTime.of(LocalDateTime.parse("2025-12-20T11:00"), ReferenceNumbers.ZONE);
        for (int days = 1; days <= 40; days++) {
            Instant due = workingDays.plusWorkingDays(start.toInstant(), days);
            assertThat(workingDays.workingDaysBetween(start.toInstant(), due)).as("days %d", days).isEqualTo(days);
        }
    }

    @Test
    void minusWorkingDaysCountsBackOverWeekendsAndHolidays() {
        // Monday 4 January 2027 minus 2: Wednesday 30 December 2026 (1 and 2 January are holidays, then a Sunday)
        assertThat(workingDays.minusWorkingDays(date("2027-01-04"), 2)).isEqualTo(date("2026-12-30"));
        assertThat(workingDays.minusWorkingDays(date("2026-12-04"), 2)).isEqualTo(date("2026-12-02"));
        // a deadline on a Saturday counts from the Friday before it
        assertThat(workingDays.minusWorkingDays(date("2026-12-05"), 0)).isEqualTo(date("2026-12-04"));
        assertThat(workingDays.minusWorkingDays(date("2026-12-05"), 1)).isEqualTo(date("2026-12-03"));
        for (int days = 1; days < 30; days++) {
            LocalDate end = date("2027-04-30");
            assertThat(workingDays.plusWorkingDays(workingDays.minusWorkingDays(end, days), days)).as("days %d", days)
                    .isEqualTo(end);
        }
        assertThatThrownBy(() -> workingDays.minusWorkingDays(date("2026-12-04"), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
