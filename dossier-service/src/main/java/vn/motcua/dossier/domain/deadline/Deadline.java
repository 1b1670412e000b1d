package vn.motcua.dossier.domain.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A dossier's due time as it was fixed: at receipt, and again at each resume after a pause. It is a
 * value, never recomputed from the calendar: a later edit of the calendar or an apology (Mẫu 04)
 * does not move it.
 *
 * @param clockStartedAt    when the clock started (receipt, or the next working period after it)
 * @param dueAt             the due time, in the province's zone
 * @param pausedWorkingTime the working time spent in paused statuses so far
 */
public record Deadline(ZonedDateTime clockStartedAt, ZonedDateTime dueAt, Duration pausedWorkingTime) {

    public Deadline {
        Objects.requireNonNull(clockStartedAt, "clockStartedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(pausedWorkingTime, "pausedWorkingTime");
    }

    /** The local date the due time falls on: what timeliness compares with. */
    public LocalDate dueDate() {
        return dueAt.toLocalDate();
    }

    /** Early, on time or late, by the local date of resolution (in the due time's zone). */
    public Timeliness timelinessOf(Instant resolvedAt) {
        return Timeliness.ofResolution(resolvedAt.atZone(dueAt.getZone()).toLocalDate(), dueDate());
    }

    /** Whether {@code now} has passed the due time (the moment a dossier becomes overdue). */
    public boolean isOverdueAt(Instant now) {
        return now.isAfter(dueAt.toInstant());
    }
}
