package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Which pre-aggregated rows a report over {@code from..to} needs. Counts are kept per local day and per month;
 * a report sums the period itself and two running totals (everything before {@code from}, for what was
 * carried over, and everything up to {@code to}, for what is still open then). All three are made of whole
 * months before the month of {@code to} and of days of the two months at the ends, so a report reads
 * one row per month of history and at most 62 day rows per group, however many dossiers there are.
 */
public record CountPeriods(LocalDate from, LocalDate to) {

    public CountPeriods {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period needs from <= to");
        }
    }

    /** The first day of the month of {@code from}. */
    public LocalDate fromMonth() {
        return from.withDayOfMonth(1);
    }

    /** The last day of the month of {@code from}. */
    public LocalDate fromMonthEnd() {
        return from.with(TemporalAdjusters.lastDayOfMonth());
    }

    /** The first day of the month of {@code to}. */
    public LocalDate toMonth() {
        return to.withDayOfMonth(1);
    }
}
