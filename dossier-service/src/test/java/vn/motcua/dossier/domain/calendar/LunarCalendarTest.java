package vn.motcua.dossier.domain.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Vietnamese lunar calendar at UTC+7, from 1900 to 2100. */
class LunarCalendarTest {

    private final LunarCalendar vietnamese = LunarCalendar.vietnamese();

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
            "2023, 2023-01-22",
            "2024, 2024-02-10",
            "2025, 2025-01-29",
            "2026, 2026-02-17",
            "2027, 2027-02-06",
            // the ends and the middle of the range: Canh Tý 1900, Canh Thìn 2000, Canh Thân 2100
            "1900, 1900-01-31",
            "2000, 2000-02-05",
            "2100, 2100-02-09",
            "2020, 2020-01-25",
            "2021, 2021-02-12",
            "2022, 2022-02-01"})
    void proposesTheLunarNewYear(int year, LocalDate tet) {
        assertThat(vietnamese.lunarNewYear(year)).isEqualTo(tet);
    }

    @ParameterizedTest(name = "Hùng Kings'' day {0} is {1}")
    @CsvSource({
            "2023, 2023-04-29",
            "2024, 2024-04-18",
            "2025, 2025-04-07",
            "2026, 2026-04-26",
            "2022, 2022-04-10",
            "2027, 2027-04-16"})
    void proposesHungKingsDay(int year, LocalDate day) {
        assertThat(vietnamese.hungKingsDay(year)).isEqualTo(day);
    }

    @ParameterizedTest(name = "Tết {0}: {1} at UTC+7, {2} at UTC+8")
    @CsvSource({
            // North Vietnam moved to UTC+7 for 1968: its Tết Mậu Thân came a day before the South's
            "1968, 1968-01-29, 1968-01-30",
            // the winter solstice month differs: Tết Ất Sửu a whole month apart
            "1985, 1985-01-21, 1985-02-20",
            "2007, 2007-02-17, 2007-02-18",
            "2030, 2030-02-02, 2030-02-03"})
    void isComputedAtUtcPlus7NotBorrowedFromTheChineseCalendar(int year, LocalDate vietnameseTet, LocalDate chineseNewYear) {
        assertThat(vietnamese.lunarNewYear(year)).isEqualTo(vietnameseTet);
        assertThat(LunarCalendar.atUtcOffsetHours(8).lunarNewYear(year)).isEqualTo(chineseNewYear);
    }

    @Test
    void knowsTheLeapMonthsOfRecentYears() {
        assertThat(vietnamese.toLunar(LocalDate.of(2020, 5, 23))).isEqualTo(new LunarDate(2020, 4, 1, true));
        assertThat(vietnamese.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(2023, 2, 1, true));
        assertThat(vietnamese.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(2025, 6, 1, true));
        assertThat(vietnamese.toSolar(new LunarDate(2025, 6, 1, true))).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(vietnamese.toSolar(LunarDate.of(2025, 6, 1))).isEqualTo(LocalDate.of(2025, 6, 25));
    }

    @Test
    void givesTheLastDaysOfTheOldYearInTheTwelfthMonth() {
        assertThat(vietnamese.toLunar(LocalDate.of(2025, 1, 28))).isEqualTo(LunarDate.of(2024, 12, 29));
        assertThat(vietnamese.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(LunarDate.of(2025, 12, 29));
    }

    @Test
    void convertsEveryDayFrom1900To2100BackAndForthInMonthsOf29Or30Days() {
        LunarDate previous = vietnamese.toLunar(LocalDate.of(1900, 1, 30));
        int leapMonths = 0;
        for (LocalDate day = LocalDate.of(1900, 1, 31); !day.isAfter(LocalDate.of(2100, 12, 31)); day = day.plusDays(1)) {
            LunarDate lunar = vietnamese.toLunar(day);
            assertThat(vietnamese.toSolar(lunar)).as("lunar %s of %s", lunar, day).isEqualTo(day);
            if (lunar.day() == 1) {
                assertThat(previous.day()).as("the length of the month before %s", day).isIn(29, 30);
                leapMonths += lunar.leapMonth() ? 1 : 0;
            } else {
                assertThat(lunar.day()).as("the day after %s", previous).isEqualTo(previous.day() + 1);
            }
            previous = lunar;
        }
        // 7 leap months every 19 years (the Metonic cycle): about 74 in 201 years
        assertThat(leapMonths).isBetween(72, 76);
    }

    @Test
    void refusesALeapMonthTheYearDoesNotHave() {
        assertThatThrownBy(() -> vietnamese.toSolar(new LunarDate(2025, 5, 1, true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leap month is 6");
        assertThatThrownBy(() -> vietnamese.toSolar(new LunarDate(2024, 3, 1, true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no leap month");
    }

    @Test
    void refusesYearsOutsideTheRangeItProposesFor() {
        assertThatThrownBy(() -> vietnamese.lunarNewYear(1899)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1900 to 2100");
        assertThatThrownBy(() -> vietnamese.hungKingsDay(2101)).isInstanceOf(IllegalArgumentException.class);
    }
}
