package vn.motcua.dossier.application;

import vn.motcua.dossier.domain.calendar.CalendarDay;
import vn.motcua.dossier.domain.calendar.HolidaySchedule;

import java.util.List;

/** A year's calendar as the audit trail records it (JSON). */
public record AuditedCalendar(List<CalendarDay> holidays, List<CalendarDay> makeUpWorkingDays) {

    public static AuditedCalendar of(HolidaySchedule schedule) {
        return new AuditedCalendar(schedule.holidays(), schedule.makeUpWorkingDays());
    }
}
