package vn.motcua.dossier.domain.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * When the province works: its ordinary {@link WorkingWeek}, minus the holidays and plus the make-up
 * working days of each year's {@link HolidaySchedule}, in the province's time zone. It counts working
 * days and working time; the due-time rules are built on it.
 *
 * <p>Immutable. Years it was not given are answered by a fallback: none at all ({@link #of}), or the
 * proposal of {@link HolidayProposal} ({@link #withProposals}), which is how a due date that runs into
 * a year the province has not stored yet still skips Tết.
 */
public final class WorkingCalendar {

    /** Longer than any legal processing time or pause: a calendar that never works is a configuration error. */
    private static final int MAX_DAYS_SEARCHED = 3660;

    private final ZoneId zone;
    private final WorkingWeek week;
    private final Map<Integer, HolidaySchedule> givenYears;
    private final IntFunction<HolidaySchedule> otherYears;
    // the fallback is a pure function of the year, so remembering its answers keeps the calendar immutable
    private final Map<Integer, HolidaySchedule> otherYearsSeen = new ConcurrentHashMap<>();

    private WorkingCalendar(ZoneId zone, WorkingWeek week, Collection<HolidaySchedule> years, IntFunction<HolidaySchedule> otherYears) {
        this.zone = zone;
        this.week = week;
        Map<Integer, HolidaySchedule> byYear = new ConcurrentHashMap<>();
        for (HolidaySchedule schedule : years) {
            if (byYear.putIfAbsent(schedule.year(), schedule) != null) {
                throw new IllegalArgumentException("two schedules for " + schedule.year());
            }
        }
        this.givenYears = Map.copyOf(byYear);
        this.otherYears = otherYears;
    }

    /** A calendar of these years; any other year has no holidays. */
    public static WorkingCalendar of(ZoneId zone, WorkingWeek week, Collection<HolidaySchedule> years) {
        return new WorkingCalendar(zone, week, years, HolidaySchedule::empty);
    }

    /** A calendar of these years; any other year from 1900 to 2100 follows {@link HolidayProposal}. */
    public static WorkingCalendar withProposals(ZoneId zone, WorkingWeek week, Collection<HolidaySchedule> years) {
        return new WorkingCalendar(zone, week, years, year -> HolidayProposal.supports(year)
                ? HolidayProposal.forYear(year, week) : HolidaySchedule.empty(year));
    }

    public ZoneId zone() {
        return zone;
    }

    public WorkingWeek week() {
        return week;
    }

    /** The schedule the calendar applies to a year: the one given, or the fallback's. */
    public HolidaySchedule scheduleOf(int year) {
        HolidaySchedule given = givenYears.get(year);
        return given != null ? given : otherYearsSeen.computeIfAbsent(year, otherYears::apply);
    }

    public Optional<CalendarDay> holidayOn(LocalDate date) {
        return scheduleOf(date.getYear()).holidayOn(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        return !workingPeriodsOn(date).isEmpty();
    }

    /**
     * The working periods of a date: none on a holiday, a full day on a make-up working day, otherwise
     * what the ordinary week works on that day of the week.
     */
    public List<WorkingPeriod> workingPeriodsOn(LocalDate date) {
        HolidaySchedule schedule = scheduleOf(date.getYear());
        if (schedule.holidayOn(date).isPresent()) {
            return List.of();
        }
        if (schedule.makeUpWorkingDayOn(date).isPresent()) {
            return week.fullDayPeriods();
        }
        return week.periodsOn(date.getDayOfWeek());
    }

    /** The first working day after a date. */
    public LocalDate nextWorkingDayAfter(LocalDate date) {
        return workingDayAfter(date, 1);
    }

    /** The Nth working day after a date (N ≥ 1): the 1st is the next working day. */
    public LocalDate workingDayAfter(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("count working days from 1, not " + n);
        }
        LocalDate day = date;
        int counted = 0;
        for (int searched = 0; searched < MAX_DAYS_SEARCHED * Math.max(1, n); searched++) {
            day = day.plusDays(1);
            if (isWorkingDay(day) && ++counted == n) {
                return day;
            }
        }
        throw noWorkingDayAfter(date);
    }

    /** When working hours end on a working day: the end of its last working period. */
    public ZonedDateTime endOfWorkingDay(LocalDate date) {
        List<WorkingPeriod> periods = workingPeriodsOn(date);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException(date + " is not a working day");
        }
        return date.atTime(periods.get(periods.size() - 1).end()).atZone(zone);
    }

    /**
     * The first working instant at or after a moment: the moment itself inside working hours, else the
     * start of the next working period (later that day, or on the next working day).
     */
    public ZonedDateTime nextWorkingInstant(Instant moment) {
        ZonedDateTime local = moment.atZone(zone);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        for (int searched = 0; searched < MAX_DAYS_SEARCHED; searched++) {
            for (WorkingPeriod period : workingPeriodsOn(day)) {
                if (time.isBefore(period.end())) {
                    return day.atTime(time.isAfter(period.start()) ? time : period.start()).atZone(zone);
                }
            }
            day = day.plusDays(1);
            time = LocalTime.MIN;
        }
        throw noWorkingDayAfter(local.toLocalDate());
    }

    /**
     * The instant when {@code amount} of working time has passed after {@code from}. Landing exactly on
     * the end of a period gives that end (17:00 today), not the start of the next one.
     */
    public ZonedDateTime plusWorkingTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time cannot be negative: " + amount);
        }
        ZonedDateTime local = from.atZone(zone);
        if (amount.isZero()) {
            return local;
        }
        Duration remaining = amount;
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        for (int searched = 0; searched < MAX_DAYS_SEARCHED + amount.toDays() * 7; searched++) {
            for (WorkingPeriod period : workingPeriodsOn(day)) {
                if (!time.isBefore(period.end())) {
                    continue;
                }
                LocalTime start = time.isAfter(period.start()) ? time : period.start();
                Duration available = Duration.between(start, period.end());
                if (remaining.compareTo(available) <= 0) {
                    return day.atTime(start.plus(remaining)).atZone(zone);
                }
                remaining = remaining.minus(available);
            }
            day = day.plusDays(1);
            time = LocalTime.MIN;
        }
        throw noWorkingDayAfter(local.toLocalDate());
    }

    /** How much working time lies between two instants (zero if {@code to} is not after {@code from}). */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        ZonedDateTime start = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            for (WorkingPeriod period : workingPeriodsOn(day)) {
                ZonedDateTime periodStart = day.atTime(period.start()).atZone(zone);
                ZonedDateTime periodEnd = day.atTime(period.end()).atZone(zone);
                ZonedDateTime overlapStart = periodStart.isAfter(start) ? periodStart : start;
                ZonedDateTime overlapEnd = periodEnd.isBefore(end) ? periodEnd : end;
                if (overlapEnd.isAfter(overlapStart)) {
                    total = total.plus(Duration.between(overlapStart, overlapEnd));
                }
            }
        }
        return total;
    }

    private static IllegalStateException noWorkingDayAfter(LocalDate date) {
        return new IllegalStateException("the calendar has no working day for ten years after " + date);
    }
}
