package vn.motcua.dossier.domain.deadline;

import java.time.LocalDate;

/**
 * How a resolved dossier compares with its due date. DOMAIN.md compares local dates, not instants:
 * resolved at 20:00 on the due date is still on time.
 */
public enum Timeliness {
    EARLY,
    ON_TIME,
    LATE;

    /** Resolved on a date before the due date: EARLY; on it: ON_TIME; after it: LATE. */
    public static Timeliness ofResolution(LocalDate resolvedOn, LocalDate dueDate) {
        if (resolvedOn.isBefore(dueDate)) {
            return EARLY;
        }
        return resolvedOn.isEqual(dueDate) ? ON_TIME : LATE;
    }
}
