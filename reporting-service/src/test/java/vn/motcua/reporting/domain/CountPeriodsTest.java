package vn.motcua.reporting.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountPeriodsTest {

    private static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

    @Test
    void threeWholeYearsOfMonthsAreReadAsYearsAndTheMonthsAtTheEnds() {
        List<CountPeriods.Span> spans = new CountPeriods(LocalDate.of(2023, 11, 1), LocalDate.of(2026, 10, 31)).spans();

        assertEquals(List.of(
                span(CountPeriods.Kind.YEAR, null, "2022-01-01"),
                span(CountPeriods.Kind.MONTH, "2023-01-01", "2023-12-01"),
                span(CountPeriods.Kind.YEAR, "2024-01-01", "2025-01-01"),
                span(CountPeriods.Kind.MONTH, "2026-01-01", "2026-10-01")), spans);
    }

    @Test
    void aPeriodWithinOneMonthIsReadAsItsDaysAfterTheMonthsAndDaysBeforeIt() {
        List<CountPeriods.Span> spans = new CountPeriods(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 9)).spans();

        assertEquals(List.of(
                span(CountPeriods.Kind.YEAR, null, "2024-01-01"),
                span(CountPeriods.Kind.MONTH, "2025-01-01", "2025-06-01"),
                span(CountPeriods.Kind.DAY, "2025-07-01", "2025-07-09")), spans);
    }

    @Test
    void everyDayUpToTheEndIsInExactlyOneRowAndARowIsInThePeriodWhenItBeginsInIt() {
        Random random = new Random(11);
        for (int i = 0; i < 2000; i++) {
            LocalDate from = EARLIEST.plusYears(1).plusDays(random.nextInt(3000));
            LocalDate to = from.plusDays(random.nextInt(i % 2 == 0 ? 40 : 3660));
            List<LocalDate> covered = new ArrayList<>();
            for (CountPeriods.Span span : new CountPeriods(from, to).spans()) {
                LocalDate period = span.first().orElse(EARLIEST);
                while (!period.isAfter(span.last())) {
                    LocalDate next = next(span.kind(), period);
                    boolean inPeriod = !period.isBefore(from);
                    assertTrue(inPeriod ? !next.isAfter(to.plusDays(1)) : !next.isAfter(from),
                            "the row of " + period + " straddles from or to in " + from + ".." + to);
                    for (LocalDate day = period; day.isBefore(next); day = day.plusDays(1)) {
                        covered.add(day);
                    }
                    period = next;
                }
            }
            List<LocalDate> expected = EARLIEST.datesUntil(to.plusDays(1)).toList();
            assertEquals(expected, covered, from + ".." + to);
        }
    }

    private static LocalDate next(CountPeriods.Kind kind, LocalDate period) {
        return switch (kind) {
            case DAY -> period.plusDays(1);
            case MONTH -> period.plusMonths(1);
            case YEAR -> period.plusYears(1);
        };
    }

    private static CountPeriods.Span span(CountPeriods.Kind kind, String first, String last) {
        return new CountPeriods.Span(kind, Optional.ofNullable(first).map(LocalDate::parse), LocalDate.parse(last));
    }
}
