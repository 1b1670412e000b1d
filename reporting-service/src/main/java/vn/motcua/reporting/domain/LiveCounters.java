package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a live dashboard shows for a scope (a competent unit, or the province when {@code unit} is null):
 * today's flows (received, resolved by timeliness, refused, withdrawn on {@code date}, the province's
 * local date) and the open dossiers as of {@code asOf}, split by whether their due time has passed.
 * Unlike the {@code summary} report, whose in-progress figures are as of the end of its period, these
 * are as of the moment they were counted.
 */
public record LiveCounters(
        String unit,
        LocalDate date,
        OffsetDateTime asOf,
        long received,
        long resolvedEarly,
        long resolvedOnTime,
        long resolvedLate,
        long resolved,
        long refused,
        long withdrawn,
        long inProgress,
        long inProgressNotYetDue,
        long inProgressOverdue) {

    public static LiveCounters of(String unit, LocalDate date, OffsetDateTime asOf, long received, long early, long onTime,
                                  long late, long refused, long withdrawn, long notYetDue, long overdue) {
        return new LiveCounters(unit, date, asOf, received, early, onTime, late, early + onTime + late, refused, withdrawn,
                notYetDue + overdue, notYetDue, overdue);
    }

    /** Whether a dashboard would show the same numbers: everything but the moment of counting. */
    public boolean sameAs(LiveCounters other) {
        return other != null && java.util.Objects.equals(unit, other.unit) && date.equals(other.date)
                && received == other.received && resolvedEarly == other.resolvedEarly
                && resolvedOnTime == other.resolvedOnTime && resolvedLate == other.resolvedLate
                && refused == other.refused && withdrawn == other.withdrawn
                && inProgressNotYetDue == other.inProgressNotYetDue && inProgressOverdue == other.inProgressOverdue;
    }
}
