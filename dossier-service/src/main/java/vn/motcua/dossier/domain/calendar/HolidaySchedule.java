package vn.motcua.dossier.domain.calendar;

import vn.motcua.platform.rules.Violation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One year of the calendar's data: the public holidays (including compensatory days off) and the
 * make-up working days the government declares when it swaps days. The exact days are announced each
 * year, so this is data a province admin edits; {@link HolidayProposal} only proposes it.
 *
 * <p>A holiday may fall on any date of the year, a weekend included: the law's holidays do (that is
 * what compensatory days are for), and where Saturday mornings are worked a Saturday holiday matters.
 * A make-up working day must be a day the ordinary week does not work in full, or it would change nothing.
 */
public final class HolidaySchedule {

    public static final String HOLIDAYS = "holidays";
    public static final String MAKE_UP_WORKING_DAYS = "makeUpWorkingDays";

    private final int year;
    private final List<CalendarDay> holidays;
    private final List<CalendarDay> makeUpWorkingDays;
    private final Map<LocalDate, CalendarDay> holidaysByDate;
    private final Map<LocalDate, CalendarDay> makeUpDaysByDate;

    private HolidaySchedule(int year, List<CalendarDay> holidays, List<CalendarDay> makeUpWorkingDays) {
        this.year = year;
        this.holidays = sorted(holidays);
        this.makeUpWorkingDays = sorted(makeUpWorkingDays);
        this.holidaysByDate = byDate(this.holidays);
        this.makeUpDaysByDate = byDate(this.makeUpWorkingDays);
    }

    /** A year's schedule; throws if it breaks a rule of {@link #problemsOf}. */
    public static HolidaySchedule of(int year, List<CalendarDay> holidays, List<CalendarDay> makeUpWorkingDays, WorkingWeek week) {
        return checked(year, holidays, makeUpWorkingDays, problemsOf(year, holidays, makeUpWorkingDays, week));
    }

    /**
     * A year's schedule as it was stored, checked without the working week: a make-up day that the
     * week now works anyway (its configuration changed since) is harmless, the other rules are not.
     */
    public static HolidaySchedule asStored(int year, List<CalendarDay> holidays, List<CalendarDay> makeUpWorkingDays) {
        List<Violation> problems = new ArrayList<>();
        collectProblems(year, holidays, makeUpWorkingDays, Optional.empty(), problems);
        return checked(year, holidays, makeUpWorkingDays, problems);
    }

    private static HolidaySchedule checked(int year, List<CalendarDay> holidays, List<CalendarDay> makeUpWorkingDays,
                                           List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the calendar of " + year + " is not valid: " + problems.stream()
                    .map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
        }
        return new HolidaySchedule(year, holidays, makeUpWorkingDays);
    }

    /** A year with no holidays and no swapped days. */
    public static HolidaySchedule empty(int year) {
        return new HolidaySchedule(year, List.of(), List.of());
    }

    /**
     * What is wrong with a year's schedule, entry by entry: every date inside the year, no date listed
     * twice, no day both a holiday and a make-up working day, make-up days only on days the ordinary
     * week does not work in full.
     */
    public static List<Violation> problemsOf(int year, List<CalendarDay> holidays, List<CalendarDay> makeUpWorkingDays,
                                                   WorkingWeek week) {
        List<Violation> problems = new ArrayList<>();
        collectProblems(year, holidays, makeUpWorkingDays, Optional.of(week), problems);
        return problems;
    }

    private static void collectProblems(int year, List<CalendarDay> holidays, List<CalendarDay> makeUpWorkingDays,
                                        Optional<WorkingWeek> week, List<Violation> problems) {
        Map<LocalDate, Integer> holidayIndex = new HashMap<>();
        for (int i = 0; i < holidays.size(); i++) {
            LocalDate date = holidays.get(i).date();
            String field = HOLIDAYS + "[" + i + "].date";
            insideYear(year, date, field).ifPresent(problems::add);
            Integer earlier = holidayIndex.putIfAbsent(date, i);
            if (earlier != null) {
                problems.add(new Violation(field, date + " is listed twice; it is already " + HOLIDAYS + "[" + earlier + "]"));
            }
        }
        Map<LocalDate, Integer> makeUpIndex = new HashMap<>();
        for (int i = 0; i < makeUpWorkingDays.size(); i++) {
            LocalDate date = makeUpWorkingDays.get(i).date();
            String field = MAKE_UP_WORKING_DAYS + "[" + i + "].date";
            insideYear(year, date, field).ifPresent(problems::add);
            Integer earlier = makeUpIndex.putIfAbsent(date, i);
            if (earlier != null) {
                problems.add(new Violation(field, date + " is listed twice; it is already "
                        + MAKE_UP_WORKING_DAYS + "[" + earlier + "]"));
            }
            Integer holiday = holidayIndex.get(date);
            if (holiday != null) {
                problems.add(new Violation(field, date + " is also a holiday (" + HOLIDAYS + "[" + holiday
                        + "]); a day is either a holiday or a make-up working day"));
            }
            if (week.isPresent() && week.get().fullDays().contains(date.getDayOfWeek())) {
                problems.add(new Violation(field, "must be a day the working week does not work in full ("
                        + daysOff(week.get()) + "); " + date + " is a " + name(date.getDayOfWeek())));
            }
        }
    }

    public int year() {
        return year;
    }

    /** The holidays, by date. */
    public List<CalendarDay> holidays() {
        return holidays;
    }

    /** The make-up working days, by date. */
    public List<CalendarDay> makeUpWorkingDays() {
        return makeUpWorkingDays;
    }

    public Optional<CalendarDay> holidayOn(LocalDate date) {
        return Optional.ofNullable(holidaysByDate.get(date));
    }

    public Optional<CalendarDay> makeUpWorkingDayOn(LocalDate date) {
        return Optional.ofNullable(makeUpDaysByDate.get(date));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HolidaySchedule that && year == that.year
                && holidays.equals(that.holidays) && makeUpWorkingDays.equals(that.makeUpWorkingDays);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * year + holidays.hashCode()) + makeUpWorkingDays.hashCode();
    }

    @Override
    public String toString() {
        return "HolidaySchedule[" + year + ", holidays=" + holidays + ", makeUpWorkingDays=" + makeUpWorkingDays + "]";
    }

    private static Optional<Violation> insideYear(int year, LocalDate date, String field) {
        return date.getYear() == year ? Optional.empty()
                : Optional.of(new Violation(field, "must be a date in " + year + ", not " + date));
    }

    private static String daysOff(WorkingWeek week) {
        List<String> names = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!week.fullDays().contains(day)) {
                names.add(name(day));
            }
        }
        return String.join(" or ", names);
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static List<CalendarDay> sorted(List<CalendarDay> days) {
        return days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    private static Map<LocalDate, CalendarDay> byDate(List<CalendarDay> days) {
        Map<LocalDate, CalendarDay> map = new HashMap<>();
        days.forEach(day -> map.put(day.date(), day));
        return Map.copyOf(map);
    }
}
