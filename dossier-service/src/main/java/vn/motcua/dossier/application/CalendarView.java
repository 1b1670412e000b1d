package vn.motcua.dossier.application;

import vn.motcua.dossier.domain.calendar.HolidaySchedule;
import vn.motcua.dossier.domain.calendar.WorkingWeek;

import java.util.Optional;

/** A year of the calendar as the API shows it: stored with its revision, or proposed without one. */
public record CalendarView(CalendarStatus status, HolidaySchedule schedule, WorkingWeek week, Optional<Revision> revision) {

    public int year() {
        return schedule.year();
    }
}
