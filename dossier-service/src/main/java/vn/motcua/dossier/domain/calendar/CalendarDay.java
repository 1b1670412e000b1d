package vn.motcua.dossier.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A date the calendar names: a holiday or a make-up working day, with its Vietnamese name. */
public record CalendarDay(LocalDate date, String name, Confidence confidence) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(confidence, "confidence");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a calendar day needs a name");
        }
    }

    public static CalendarDay certain(LocalDate date, String name) {
        return new CalendarDay(date, name, Confidence.CERTAIN);
    }
}
