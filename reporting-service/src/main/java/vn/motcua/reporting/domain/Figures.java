package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the province measures for a scope and period (DOMAIN.md, "What the province measures").
 * Received: received (at the counter, by post, or an online submission accepted) on a local date of the
 * period. Carried over: received before it and neither resolved nor withdrawn before it. Withdrawn after
 * reception: those of both withdrawn in the period. To process: received + carried over - withdrawn after
 * reception (a withdrawn dossier is neither on time nor late). In progress and overdue: as of the end of
 * the period, with the due time then in force. Late rate: (overdue still in progress + resolved late) / to
 * process; on-time rate: 1 - late rate; on-time share: (early + on time) / resolved. A rate with nothing to
 * divide by is null.
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
        long withdrawnAfterReception,
        BigDecimal lateRate,
        BigDecimal onTimeRate,
        BigDecimal onTimeShare) {

    public static Figures of(long received, long carriedOver, long early, long onTime, long late, long notYetDue, long overdue,
                             long refused, long withdrawn, long withdrawnAfterReception) {
        long toProcess = received + carriedOver - withdrawnAfterReception;
        long resolved = early + onTime + late;
        BigDecimal lateRate = ratio(overdue + late, toProcess);
        return new Figures(received, carriedOver, toProcess, early, onTime, late, resolved, notYetDue, overdue, refused, withdrawn,
                withdrawnAfterReception, lateRate, lateRate == null ? null : BigDecimal.ONE.subtract(lateRate),
                ratio(early + onTime, resolved));
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
