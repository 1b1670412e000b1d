package vn.motcua.dossier.domain.calendar;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.SeededCalendars;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working days and working time on the province's calendar. */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = SeededCalendars.standard();

    @Test
    void worksMondayToFridayOutsideHolidaysAndOnMakeUpDays() {
        assertThat(calendar.isWorkingDay(date("2025-07-07"))).as("a Monday").isTrue();
        assertThat(calendar.isWorkingDay(date("2025-07-12"))).as("a Saturday").isFalse();
        assertThat(calendar.isWorkingDay(date("2025-01-29"))).as("mùng 1 Tết").isFalse();
        assertThat(calendar.isWorkingDay(date("2025-04-26"))).as("the make-up Saturday").isTrue();
        assertThat(calendar.workingPeriodsOn(date("2025-04-26"))).hasSize(2);
        assertThat(calendar.isWorkingDay(date("2026-04-27"))).as("the compensatory Monday").isFalse();
    }

    @Test
    void countsWorkingDaysAfterADate() {
        assertThat(calendar.nextWorkingDayAfter(date("2025-01-24"))).isEqualTo(date("2025-02-03"));
        assertThat(calendar.workingDayAfter(date("2025-04-29"), 1)).isEqualTo(date("2025-05-05"));
        assertThat(calendar.workingDayAfter(date("2025-07-07"), 10)).isEqualTo(date("2025-07-21"));
    }

    @Test
    void measuresTheWorkingTimeBetweenTwoInstants() {
        assertThat(calendar.workingTimeBetween(at("2025-07-07T07:00"), at("2025-07-07T18:00"))).isEqualTo(Duration.ofMinutes(450));
        assertThat(calendar.workingTimeBetween(at("2025-07-07T11:00"), at("2025-07-07T14:00"))).isEqualTo(Duration.ofMinutes(60));
        assertThat(calendar.workingTimeBetween(at("2025-07-11T16:00"), at("2025-07-14T08:00"))).isEqualTo(Duration.ofMinutes(90));
        assertThat(calendar.workingTimeBetween(at("2025-07-14T08:00"), at("2025-07-11T16:00"))).isZero();
        // a week of Tết: nothing between Friday evening and the Monday after
        assertThat(calendar.workingTimeBetween(at("2025-01-24T17:00"), at("2025-02-03T07:30"))).isZero();
    }

    @Test
    void addsWorkingTimeAndItsMeasureIsTheSame() {
        Instant from = at("2025-07-09T10:15");
        for (int minutes = 0; minutes <= 60 * 40; minutes += 35) {
            Duration amount = Duration.ofMinutes(minutes);
            Instant to = calendar.plusWorkingTime(from, amount).toInstant();
            assertThat(calendar.workingTimeBetween(from, to)).as("%s after %s", amount, from).isEqualTo(amount);
        }
    }

    @Test
    void endsTheWorkingDayWithItsLastPeriod() {
        assertThat(calendar.endOfWorkingDay(date("2025-07-07")).toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(SeededCalendars.withSaturdayMornings().endOfWorkingDay(date("2025-07-12")).toLocalTime())
                .isEqualTo(LocalTime.of(11, 30));
        assertThatThrownBy(() -> calendar.endOfWorkingDay(date("2025-07-12"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesItsWorkingHoursFromTheWorkingWeek() {
        WorkingWeek shorter = new WorkingWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), EnumSet.noneOf(DayOfWeek.class),
                WorkingPeriod.parse("08:00-12:00"), WorkingPeriod.parse("13:00-16:30"));
        WorkingCalendar other = WorkingCalendar.of(SeededCalendars.PROVINCE, shorter, List.of());

        assertThat(other.nextWorkingInstant(at("2025-07-07T07:45"))).isEqualTo(at("2025-07-07T08:00").atZone(SeededCalendars.PROVINCE));
        assertThat(other.endOfWorkingDay(date("2025-07-07")).toLocalTime()).isEqualTo(LocalTime.of(16, 30));
    }

    @Test
    void givesAYearItWasNotGivenTheProposedHolidaysOrNone() {
        assertThat(calendar.isWorkingDay(date("2027-02-08"))).as("mùng 3 Tết 2027, proposed").isFalse();
        WorkingCalendar withoutProposals = WorkingCalendar.of(SeededCalendars.PROVINCE, WorkingWeek.standard(), List.of());
        assertThat(withoutProposals.isWorkingDay(date("2027-02-08"))).isTrue();
    }

    @Test
    void refusesAWorkingWeekWhoseHoursOverlapOrAPeriodWrittenBadly() {
        assertThatThrownBy(() -> new WorkingWeek(EnumSet.of(DayOfWeek.MONDAY), EnumSet.noneOf(DayOfWeek.class),
                WorkingPeriod.parse("07:30-14:00"), WorkingPeriod.parse("13:30-17:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end before the afternoon");
        assertThatThrownBy(() -> WorkingPeriod.parse("7h30 to 11h30"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HH:mm-HH:mm");
        assertThatThrownBy(() -> WorkingPeriod.parse("11:30-07:30"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end after it starts");
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static Instant at(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + ":00+07:00").toInstant();
    }
}
