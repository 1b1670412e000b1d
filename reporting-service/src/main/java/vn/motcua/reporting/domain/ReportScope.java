package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The period (inclusive local dates) and the optional unit, field and procedure a report covers. A
 * dossier counts under its competent unit, the one answerable for its timeliness.
 */
public record ReportScope(LocalDate from, LocalDate to, String unit, String field, String procedure) {

    /** Ten years at most in one report. */
    public static final long MAX_DAYS = 3660;

    public ReportScope {
        if (from == null || to == null) {
            throw new IllegalArgumentException("from and to are required");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("a report covers at most " + MAX_DAYS + " days");
        }
    }
}
