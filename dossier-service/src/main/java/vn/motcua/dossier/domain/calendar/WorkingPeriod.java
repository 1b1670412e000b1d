package vn.motcua.dossier.domain.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** One stretch of working hours within a day, such as 07:30-11:30; the end is exclusive. */
public record WorkingPeriod(LocalTime start, LocalTime end) {

    public WorkingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a working period must end after it starts: " + start + "-" + end);
        }
    }

    /** Reads {@code HH:mm-HH:mm}, the form used in configuration. */
    public static WorkingPeriod parse(String text) {
        String[] bounds = text.trim().split("\\s*-\\s*");
        if (bounds.length != 2) {
            throw new IllegalArgumentException("a working period is written HH:mm-HH:mm, such as 07:30-11:30, not '" + text + "'");
        }
        try {
            return new WorkingPeriod(LocalTime.parse(bounds[0]), LocalTime.parse(bounds[1]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a working period is written HH:mm-HH:mm, such as 07:30-11:30, not '" + text + "'", e);
        }
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
