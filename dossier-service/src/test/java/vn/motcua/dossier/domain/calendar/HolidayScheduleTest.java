package vn.motcua.dossier.domain.calendar;

import org.junit.jupiter.api.Test;
import vn.motcua.platform.rules.Violation;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The rules a year's holidays and make-up working days must keep before a province admin can store them. */
class HolidayScheduleTest {

    private static final WorkingWeek WEEK = WorkingWeek.standard();

    @Test
    void acceptsTheSwapOf2025() {
        List<Violation> problems = HolidaySchedule.problemsOf(2025,
                List.of(day("2025-05-02", "Nghỉ hoán đổi")), List.of(day("2025-04-26", "Làm bù cho ngày 2/5")), WEEK);

        assertThat(problems).isEmpty();
    }

    @Test
    void acceptsAHolidayOnAWeekendBecauseTheLawsHolidaysFallThereToo() {
        assertThat(HolidaySchedule.problemsOf(2026, List.of(day("2026-04-26", "Giỗ Tổ Hùng Vương")), List.of(), WEEK)).isEmpty();
    }

    @Test
    void namesEachDateOutsideTheYear() {
        List<Violation> problems = HolidaySchedule.problemsOf(2027,
                List.of(day("2027-01-01", "Tết Dương lịch"), day("2028-01-01", "Tết Dương lịch")),
                List.of(day("2026-12-26", "Làm bù")), WEEK);

        assertThat(problems).extracting(Violation::field, Violation::message).containsExactly(
                tuple("holidays[1].date", "must be a date in 2027, not 2028-01-01"),
                tuple("makeUpWorkingDays[0].date", "must be a date in 2027, not 2026-12-26"));
    }

    @Test
    void refusesADateListedTwice() {
        List<Violation> problems = HolidaySchedule.problemsOf(2027,
                List.of(day("2027-04-30", "Ngày Giải phóng miền Nam"), day("2027-05-01", "Quốc tế Lao động"),
                        day("2027-04-30", "Giải phóng")),
                List.of(), WEEK);

        assertThat(problems).extracting(Violation::field, Violation::message).containsExactly(
                tuple("holidays[2].date", "2027-04-30 is listed twice; it is already holidays[0]"));
    }

    @Test
    void refusesADayThatIsBothAHolidayAndAMakeUpWorkingDay() {
        List<Violation> problems = HolidaySchedule.problemsOf(2027,
                List.of(day("2027-05-01", "Quốc tế Lao động")), List.of(day("2027-05-01", "Làm bù")), WEEK);

        assertThat(problems).extracting(Violation::field).contains("makeUpWorkingDays[0].date");
        assertThat(problems).extracting(Violation::message)
                .contains("2027-05-01 is also a holiday (holidays[0]); a day is either a holiday or a make-up working day");
    }

    @Test
    void refusesAMakeUpWorkingDayOnADayAlreadyWorked() {
        List<Violation> problems = HolidaySchedule.problemsOf(2025, List.of(), List.of(day("2025-04-23", "Làm bù")), WEEK);

        assertThat(problems).extracting(Violation::field, Violation::message).containsExactly(
                tuple("makeUpWorkingDays[0].date",
                        "must be a day the working week does not work in full (Saturday or Sunday); 2025-04-23 is a Wednesday"));
    }

    @Test
    void acceptsAMakeUpSaturdayWhereOnlySaturdayMorningsAreWorked() {
        assertThat(HolidaySchedule.problemsOf(2025, List.of(), List.of(day("2025-04-26", "Làm bù")),
                WEEK.withSaturdayMornings())).isEmpty();
    }

    @Test
    void keepsItsDaysInDateOrderAndFindsThemByDate() {
        HolidaySchedule schedule = HolidaySchedule.of(2025,
                List.of(day("2025-09-02", "Quốc khánh"), day("2025-01-01", "Tết Dương lịch")), List.of(), WEEK);

        assertThat(schedule.holidays()).extracting(CalendarDay::date)
                .containsExactly(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-09-02"));
        assertThat(schedule.holidayOn(LocalDate.parse("2025-09-02"))).map(CalendarDay::name).contains("Quốc khánh");
        assertThat(schedule.holidayOn(LocalDate.parse("2025-09-03"))).isEmpty();
    }

    @Test
    void cannotBeBuiltBreakingARule() {
        assertThatThrownBy(() -> HolidaySchedule.of(2025, List.of(day("2024-12-31", "Giao thừa")), List.of(), WEEK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holidays[0].date must be a date in 2025");
    }

    @Test
    void refusesADayWithoutAName() {
        assertThatThrownBy(() -> day("2025-01-01", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static CalendarDay day(String date, String name) {
        return CalendarDay.certain(LocalDate.parse(date), name);
    }
}
