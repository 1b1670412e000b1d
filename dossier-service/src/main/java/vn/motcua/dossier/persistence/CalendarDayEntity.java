package vn.motcua.dossier.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.motcua.dossier.domain.calendar.CalendarDay;
import vn.motcua.dossier.domain.calendar.Confidence;

import java.time.LocalDate;

/** A holiday or make-up working day of a stored year. */
@Entity
@Table(name = "calendar_day")
public class CalendarDayEntity {

    @Id
    public LocalDate day;

    public int year;

    @Enumerated(EnumType.STRING)
    public CalendarDayKind kind;

    public String name;

    @Enumerated(EnumType.STRING)
    public Confidence confidence;

    public CalendarDay toDay() {
        return new CalendarDay(day, name, confidence);
    }
}
