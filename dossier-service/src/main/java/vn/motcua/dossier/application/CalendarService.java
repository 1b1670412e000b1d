package vn.motcua.dossier.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.dossier.domain.calendar.CalendarDay;
import vn.motcua.dossier.domain.calendar.HolidayProposal;
import vn.motcua.dossier.domain.calendar.HolidaySchedule;
import vn.motcua.dossier.domain.calendar.LunarCalendar;
import vn.motcua.dossier.domain.calendar.WorkingCalendar;
import vn.motcua.dossier.domain.calendar.WorkingWeek;
import vn.motcua.dossier.persistence.CalendarAuditEntity;
import vn.motcua.dossier.persistence.CalendarAuditRepository;
import vn.motcua.dossier.persistence.CalendarDayEntity;
import vn.motcua.dossier.persistence.CalendarDayKind;
import vn.motcua.dossier.persistence.CalendarDayRepository;
import vn.motcua.dossier.persistence.CalendarYearEntity;
import vn.motcua.dossier.persistence.CalendarYearRepository;
import vn.motcua.platform.http.security.Caller;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.platform.rules.Refusal;
import vn.motcua.platform.rules.Violation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The working calendar's use cases: read a year (stored, or proposed when not stored), store a year
 * (validated, optimistically locked, audited in the same transaction), and give the rest of the
 * service the calendar as of now, from which due dates are fixed.
 */
@ApplicationScoped
@Transactional
public class CalendarService {

    @Inject
    CalendarSettings settings;

    @Inject
    CalendarYearRepository years;

    @Inject
    CalendarDayRepository days;

    @Inject
    CalendarAuditRepository audits;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    private WorkingWeek week;

    private volatile BuiltCalendar built;

    @PostConstruct
    void readWorkingWeek() {
        try {
            EnumSet<DayOfWeek> fullDays = EnumSet.noneOf(DayOfWeek.class);
            fullDays.addAll(settings.workingDays());
            WorkingWeek configured = new WorkingWeek(fullDays, EnumSet.noneOf(DayOfWeek.class), settings.morning(), settings.afternoon());
            week = settings.saturdayMorning() ? configured.withSaturdayMornings() : configured;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("motcua.calendar: " + e.getMessage(), e);
        }
    }

    /** The ordinary working week and hours the province configured. */
    public WorkingWeek workingWeek() {
        return week;
    }

    /** A year's calendar: the stored one, or the proposal when the year is not stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CalendarView calendarOf(int year) {
        requireSupported(year);
        return years.findByIdOptional(year)
                .map(stored -> new CalendarView(CalendarStatus.STORED, storedSchedule(year), week, Optional.of(revisionOf(stored))))
                .orElseGet(() -> new CalendarView(CalendarStatus.PROPOSED, HolidayProposal.forYear(year, week), week, Optional.empty()));
    }

    /**
     * The calendar due dates are fixed on now: the stored years, and the proposal for any other year,
     * so a due date running into a year nobody stored still skips its Tết. Read it when fixing a due
     * time; a due time once fixed is not recomputed when the calendar changes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar workingCalendar() {
        // every intake fixes a due time: reading every stored day and rebuilding the calendar each time was
        // about 8 % of an intake's CPU (docs/benchmarks.md); one aggregate row says whether any replica
        // changed a year since, and the calendar kept also keeps the proposals computed for other years
        String fingerprint = years.fingerprint();
        BuiltCalendar last = built;
        if (last != null && last.fingerprint().equals(fingerprint)) {
            return last.calendar();
        }
        WorkingCalendar calendar = readWorkingCalendar();
        built = new BuiltCalendar(fingerprint, calendar);
        return calendar;
    }

    /** The working calendar and the fingerprint of the stored years it was built from. */
    private record BuiltCalendar(String fingerprint, WorkingCalendar calendar) {
    }

    private WorkingCalendar readWorkingCalendar() {
        Map<Integer, List<CalendarDayEntity>> daysByYear = days.ofAllYears().stream()
                .collect(Collectors.groupingBy(day -> day.year));
        List<HolidaySchedule> stored = years.listAll().stream()
                .map(year -> scheduleOf(year.year, daysByYear.getOrDefault(year.year, List.of())))
                .toList();
        return WorkingCalendar.withProposals(ClockProducer.PROVINCE_ZONE, week, stored);
    }

    /**
     * Stores a year's holidays and make-up working days in place of what was stored (or proposed),
     * as the calling province admin: 412 if the precondition fails, 400 naming each entry that breaks
     * a rule, 409 if another write of the year commits first.
     */
    public CalendarView store(int year, List<CalendarDay> holidays, List<CalendarDay> makeUpWorkingDays, Precondition precondition) {
        requireSupported(year);
        Optional<CalendarYearEntity> current = years.findByIdOptional(year);
        precondition.check(year, current.map(stored -> stored.version));
        List<Violation> problems = HolidaySchedule.problemsOf(year, holidays, makeUpWorkingDays, week);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        HolidaySchedule schedule = HolidaySchedule.of(year, holidays, makeUpWorkingDays, week);
        Optional<HolidaySchedule> before = current.map(stored -> storedSchedule(year));
        Instant now = clock.instant();
        String by = caller.subject();
        long version;
        if (current.isPresent()) {
            // the version read above is the one this write replaces; a writer that committed since wins
            version = current.get().version + 1;
            if (!years.advanceVersion(year, current.get().version, now, by)) {
                throw concurrentWrite(year);
            }
        } else {
            version = 1;
            if (!years.insertIfAbsent(year, now, by)) {
                throw concurrentWrite(year);
            }
        }
        days.replaceYear(schedule);
        audit(year, version, current.isPresent() ? CalendarAuditEntity.Action.UPDATED : CalendarAuditEntity.Action.CREATED,
                now, by, before, schedule);
        return new CalendarView(CalendarStatus.STORED, schedule, week, Optional.of(new Revision(version, now, by)));
    }

    /** Stores a seeded year unless the year is stored already; true if it stored it. */
    public boolean seedIfAbsent(HolidaySchedule schedule, String actor) {
        Instant now = clock.instant();
        if (!years.insertIfAbsent(schedule.year(), now, actor)) {
            return false;
        }
        days.replaceYear(schedule);
        audit(schedule.year(), 1, CalendarAuditEntity.Action.SEEDED, now, actor, Optional.empty(), schedule);
        return true;
    }

    private HolidaySchedule storedSchedule(int year) {
        return scheduleOf(year, days.ofYear(year));
    }

    private static HolidaySchedule scheduleOf(int year, List<CalendarDayEntity> stored) {
        List<CalendarDay> holidays = stored.stream().filter(day -> day.kind == CalendarDayKind.HOLIDAY)
                .map(CalendarDayEntity::toDay).toList();
        List<CalendarDay> makeUpDays = stored.stream().filter(day -> day.kind == CalendarDayKind.MAKE_UP_WORKING_DAY)
                .map(CalendarDayEntity::toDay).toList();
        return HolidaySchedule.asStored(year, holidays, makeUpDays);
    }

    private void audit(int year, long version, CalendarAuditEntity.Action action, Instant at, String by,
                       Optional<HolidaySchedule> before, HolidaySchedule after) {
        CalendarAuditEntity entry = new CalendarAuditEntity();
        entry.year = year;
        entry.version = version;
        entry.action = action;
        entry.changedAt = at;
        entry.changedBy = by;
        entry.beforeCalendar = before.map(this::toJson).orElse(null);
        entry.afterCalendar = toJson(after);
        audits.persist(entry);
    }

    private String toJson(HolidaySchedule schedule) {
        try {
            return json.writeValueAsString(AuditedCalendar.of(schedule));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the audit of the calendar of " + schedule.year(), e);
        }
    }

    private static Revision revisionOf(CalendarYearEntity stored) {
        return new Revision(stored.version, stored.updatedAt, stored.updatedBy);
    }

    private static void requireSupported(int year) {
        if (year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
            throw Refusal.invalid("year", "must be a year from " + LunarCalendar.FIRST_YEAR + " to "
                    + LunarCalendar.LAST_YEAR + ", not " + year);
        }
    }

    private static Refusal concurrentWrite(int year) {
        return Refusal.concurrentChange("Someone else changed the calendar of " + year
                + " at the same time; read it again and retry.");
    }
}
