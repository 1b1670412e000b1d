package vn.motcua.dossier.domain.lifecycle;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * The timing rules of an apology with a new appointment (Mẫu 04). The new appointment comes after the
 * due time it replaces; the one-stop rules ask for the apology at least one day before the due date,
 * and one issued later is still recorded, flagged as late. Neither moves the due time nor makes a late
 * dossier on time.
 */
public final class Apology {

    private Apology() {
    }

    /** Whether an apology issued at {@code issuedAt} is later than one day before the due date (local dates). */
    public static boolean isLate(Instant issuedAt, ZonedDateTime dueAt) {
        return issuedAt.atZone(dueAt.getZone()).toLocalDate().isAfter(dueAt.toLocalDate().minusDays(1));
    }

    /** Whether the new appointment comes after the due time the dossier has now. */
    public static boolean appointsAfter(Instant newAppointmentAt, ZonedDateTime dueAt) {
        return newAppointmentAt.isAfter(dueAt.toInstant());
    }
}
