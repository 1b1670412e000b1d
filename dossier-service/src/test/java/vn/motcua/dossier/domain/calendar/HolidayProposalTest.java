package vn.motcua.dossier.domain.calendar;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.SeededCalendars;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The holidays proposed for a year nobody stored: the law's days, the default Tết, compensatory days. */
class HolidayProposalTest {

    private static final WorkingWeek WEEK = WorkingWeek.standard();

    @Test
    void proposes2027WithTetFromThursdayAndTheWeekendCompensatedAfterIt() {
        HolidaySchedule proposal = HolidayProposal.forYear(2027, WEEK);

        assertThat(proposal.holidays()).extracting(CalendarDay::date, CalendarDay::name, CalendarDay::confidence).containsExactly(
                tuple(date("2027-01-01"), "Tết Dương lịch", Confidence.CERTAIN),
                // the 12th month of Bính Ngọ has 29 days: the new moons fall on 8 January and 6 February 2027
                tuple(date("2027-02-04"), "Tết Nguyên đán (28 tháng Chạp)", Confidence.MEDIUM),
                tuple(date("2027-02-05"), "Tết Nguyên đán (29 tháng Chạp)", Confidence.MEDIUM),
                tuple(date("2027-02-06"), "Tết Nguyên đán (mùng 1)", Confidence.CERTAIN),
                tuple(date("2027-02-07"), "Tết Nguyên đán (mùng 2)", Confidence.MEDIUM),
                tuple(date("2027-02-08"), "Tết Nguyên đán (mùng 3)", Confidence.MEDIUM),
                tuple(date("2027-02-09"), "Nghỉ bù Tết Nguyên đán (mùng 1) rơi vào Thứ Bảy 06/02", Confidence.HIGH),
                tuple(date("2027-02-10"), "Nghỉ bù Tết Nguyên đán (mùng 2) rơi vào Chủ nhật 07/02", Confidence.HIGH),
                tuple(date("2027-04-16"), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", Confidence.CERTAIN),
                tuple(date("2027-04-30"), "Ngày Giải phóng miền Nam", Confidence.CERTAIN),
                tuple(date("2027-05-01"), "Quốc tế Lao động", Confidence.CERTAIN),
                tuple(date("2027-05-03"), "Nghỉ bù Quốc tế Lao động rơi vào Thứ Bảy 01/05", Confidence.HIGH),
                tuple(date("2027-09-02"), "Quốc khánh", Confidence.CERTAIN),
                tuple(date("2027-09-03"), "Quốc khánh (ngày liền kề)", Confidence.MEDIUM));
        assertThat(proposal.makeUpWorkingDays()).isEmpty();
    }

    @Test
    void reproducesTheDaysOffOf2026AsTheSeedHasThem() {
        // the seed lists Tết as 16-20 February; the proposal reaches the same days off as Sunday 15
        // February plus its compensatory Friday 20, and Hùng Kings' Sunday plus its compensatory Monday
        assertThat(daysOff(HolidayProposal.forYear(2026, WEEK), 2026))
                .isEqualTo(daysOff(SeededCalendars.year2026(WEEK), 2026));
    }

    @Test
    void reproducesTheDaysOffOf2025ExceptTheSwapTheGovernmentDecided() {
        Set<LocalDate> seeded = daysOff(SeededCalendars.year2025(WEEK), 2025);
        Set<LocalDate> proposed = daysOff(HolidayProposal.forYear(2025, WEEK), 2025);

        // 2 May 2025 was swapped against Saturday 26 April: swaps are never proposed
        assertThat(seeded).contains(date("2025-05-02")).doesNotContain(date("2025-04-26"));
        proposed.add(date("2025-05-02"));
        proposed.remove(date("2025-04-26"));
        assertThat(proposed).isEqualTo(seeded);
    }

    @Test
    void compensatesAWeekendHolidayOnTheNextWorkingDayThatIsNotAHolidayItself() {
        // Tết 2024: mùng 1 on Saturday 10 February, Monday 12 already a Tết day
        HolidaySchedule proposal = HolidayProposal.forYear(2024, WEEK);

        assertThat(proposal.holidays()).extracting(CalendarDay::date).containsSubsequence(
                date("2024-02-08"), date("2024-02-09"), date("2024-02-10"), date("2024-02-11"), date("2024-02-12"),
                date("2024-02-13"), date("2024-02-14"));
        assertThat(proposal.holidayOn(date("2024-02-13")).orElseThrow().name()).startsWith("Nghỉ bù Tết Nguyên đán");
        assertThat(proposal.holidayOn(date("2024-02-15"))).isEmpty();
    }

    @Test
    void compensatesASundayHungKingsDayOnMonday() {
        HolidaySchedule proposal = HolidayProposal.forYear(2026, WEEK);

        assertThat(proposal.holidayOn(date("2026-04-26")).orElseThrow().name()).isEqualTo("Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        assertThat(proposal.holidayOn(date("2026-04-27")).orElseThrow().name())
                .isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) rơi vào Chủ nhật 26/04");
    }

    @Test
    void compensatesAWeekendNewYearsDayInTheNewYear() {
        // 1 January 2028 is a Saturday
        assertThat(HolidayProposal.forYear(2028, WEEK).holidayOn(date("2028-01-03"))).isPresent();
    }

    @Test
    void compensates30AprilAnd1MayOnASaturdayAndSundayOnMondayAndTuesday() {
        HolidaySchedule proposal = HolidayProposal.forYear(2022, WEEK);

        assertThat(proposal.holidayOn(date("2022-05-02"))).isPresent();
        assertThat(proposal.holidayOn(date("2022-05-03"))).isPresent();
        assertThat(proposal.holidayOn(date("2022-05-04"))).isEmpty();
    }

    @Test
    void picksTheDayNextToNationalDayThatMakesTheLongerBreak() {
        // what the government chose in 2021 to 2025, and a Wednesday (2026) falling back to the 1st
        assertThat(adjacentNationalDay(2021)).isEqualTo(date("2021-09-03"));
        assertThat(adjacentNationalDay(2022)).isEqualTo(date("2022-09-01"));
        assertThat(adjacentNationalDay(2023)).isEqualTo(date("2023-09-01"));
        assertThat(adjacentNationalDay(2024)).isEqualTo(date("2024-09-03"));
        assertThat(adjacentNationalDay(2025)).isEqualTo(date("2025-09-01"));
        assertThat(adjacentNationalDay(2026)).isEqualTo(date("2026-09-01"));
    }

    @Test
    void addsNoCompensatoryDayForASaturdayWhereSaturdayMorningsAreWorked() {
        HolidaySchedule proposal = HolidayProposal.forYear(2027, WEEK.withSaturdayMornings());

        // 1 May 2027 is a Saturday, a working morning there; Sunday 7 February (mùng 2) still compensates
        assertThat(proposal.holidayOn(date("2027-05-03"))).isEmpty();
        assertThat(proposal.holidays()).extracting(CalendarDay::name).filteredOn(name -> name.startsWith("Nghỉ bù"))
                .containsExactly("Nghỉ bù Tết Nguyên đán (mùng 2) rơi vào Chủ nhật 07/02");
    }

    @Test
    void proposesEveryYearFrom1900To2100AsAValidSchedule() {
        for (int year = 1900; year <= 2100; year++) {
            HolidaySchedule proposal = HolidayProposal.forYear(year, WEEK);
            assertThat(HolidaySchedule.problemsOf(year, proposal.holidays(), proposal.makeUpWorkingDays(), WEEK)).isEmpty();
            // 11 statutory days: 1 + 5 + 1 + 1 + 1 + 2, or 10 when Hùng Kings' day falls on 30 April
            assertThat(proposal.holidays().stream().filter(day -> !day.name().startsWith("Nghỉ bù")).count())
                    .as("statutory days of %s", year).isBetween(10L, 11L);
        }
        assertThat(HolidayProposal.supports(1899)).isFalse();
        assertThatThrownBy(() -> HolidayProposal.forYear(2101, WEEK)).isInstanceOf(IllegalArgumentException.class);
    }

    private static LocalDate adjacentNationalDay(int year) {
        return HolidayProposal.forYear(year, WEEK).holidays().stream()
                .filter(day -> day.name().equals("Quốc khánh (ngày liền kề)"))
                .map(CalendarDay::date).findFirst().orElseThrow();
    }

    /** The dates of a year that are not worked in a standard week: weekends and holidays, minus make-up days. */
    private static Set<LocalDate> daysOff(HolidaySchedule schedule, int year) {
        WorkingCalendar calendar = WorkingCalendar.of(SeededCalendars.PROVINCE, WEEK, List.of(schedule));
        Set<LocalDate> off = new TreeSet<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                off.add(day);
            }
        }
        return off;
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
