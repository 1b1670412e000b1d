package vn.motcua.dossier.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.dossier.domain.calendar.CalendarDay;
import vn.motcua.dossier.domain.calendar.HolidaySchedule;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The holidays and make-up working days of the stored years. */
@ApplicationScoped
public class CalendarDayRepository implements PanacheRepositoryBase<CalendarDayEntity, LocalDate> {

    public List<CalendarDayEntity> ofYear(int year) {
        return list("year", Sort.by("day"), year);
    }

    public List<CalendarDayEntity> ofAllYears() {
        return listAll(Sort.by("day"));
    }

    /**
     * Makes a year's stored days those of the schedule. Days are updated in place by date rather than
     * deleted and inserted again: Hibernate flushes inserts before deletes, so re-inserting a date
     * that is still stored would break the primary key.
     */
    public void replaceYear(HolidaySchedule schedule) {
        Map<LocalDate, CalendarDayEntity> stored = new HashMap<>(ofYear(schedule.year()).stream()
                .collect(Collectors.toMap(entity -> entity.day, Function.identity())));
        for (CalendarDay holiday : schedule.holidays()) {
            keep(stored.remove(holiday.date()), schedule.year(), CalendarDayKind.HOLIDAY, holiday);
        }
        for (CalendarDay makeUp : schedule.makeUpWorkingDays()) {
            keep(stored.remove(makeUp.date()), schedule.year(), CalendarDayKind.MAKE_UP_WORKING_DAY, makeUp);
        }
        stored.values().forEach(this::delete);
    }

    private void keep(CalendarDayEntity existing, int year, CalendarDayKind kind, CalendarDay day) {
        CalendarDayEntity entity = existing != null ? existing : new CalendarDayEntity();
        entity.day = day.date();
        entity.year = year;
        entity.kind = kind;
        entity.name = day.name();
        entity.confidence = day.confidence();
        if (existing == null) {
            persist(entity);
        }
    }
}
