package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the province measures for a scope and period (DOMAIN.md, "What the province measures").
 * Received: the clock started in the period. Carried over: received before it and neither resolved,
 * refused nor withdrawn before it. To process: both. In progress and overdue: as of the end of the
 * period. Late rate: (overdue still in progress + resolved late) / to process; on-time rate: 1 - late
 * rate; on-time share: (early + on time) / resolved. A rate with nothing to divide by is null.
 */
public record Figures(
        long received,
        long carriedOver,
        long toProcess,
        long resolvedEarly,
        long resolvedOnTime,
        long resolvedLate,
        long resolved,
        long inProgressNotYetDue,
        long inProgressOverdue,
        long refused,
        long withdrawn,
        BigDecimal lateRate,
        BigDecimal onTimeRate,
        BigDecimal onTimeShare) {

    public static Figures of(long received, long carriedOver, long early, long onTime, long late, long notYetDue, long overdue,
                             long refused, long withdrawn) {
        long toProcess = received + carriedOver;
        long resolved = early + onTime + late;
        BigDecimal lateRate = ratio(overdue + late, toProcess);
        return new Figures(received, carriedOver, toProcess, early, onTime, late, resolved, notYetDue, overdue, refused, withdrawn,
                lateRate, lateRate == null ? null : BigDecimal.ONE.subtract(lateRate), ratio(early + onTime, resolved));
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
