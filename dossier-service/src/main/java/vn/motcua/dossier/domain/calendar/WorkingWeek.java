package vn.motcua.dossier.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The province's ordinary working week, before holidays and swapped days: which days are worked in
 * full, which only in the morning (some provinces work Saturday mornings), and the working hours.
 * DOMAIN.md makes all of it configurable; the usual one is {@link #standard()}.
 */
public record WorkingWeek(Set<DayOfWeek> fullDays, Set<DayOfWeek> morningOnlyDays, WorkingPeriod morning, WorkingPeriod afternoon) {

    public WorkingWeek {
        Objects.requireNonNull(morning, "morning");
        Objects.requireNonNull(afternoon, "afternoon");
        fullDays = Collections.unmodifiableSet(copy(fullDays));
        morningOnlyDays = Collections.unmodifiableSet(copy(morningOnlyDays));
        if (fullDays.isEmpty()) {
            throw new IllegalArgumentException("a working week needs at least one full working day");
        }
        if (fullDays.stream().anyMatch(morningOnlyDays::contains)) {
            throw new IllegalArgumentException("a day cannot be both a full working day and a morning-only day");
        }
        if (morning.end().isAfter(afternoon.start())) {
            throw new IllegalArgumentException("the morning (" + morning + ") must end before the afternoon (" + afternoon + ") starts");
        }
    }

    /** Monday to Friday, 07:30-11:30 and 13:30-17:00. */
    public static WorkingWeek standard() {
        return new WorkingWeek(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                EnumSet.noneOf(DayOfWeek.class),
                new WorkingPeriod(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                new WorkingPeriod(LocalTime.of(13, 30), LocalTime.of(17, 0)));
    }

    /** This week with Saturday mornings worked too. */
    public WorkingWeek withSaturdayMornings() {
        EnumSet<DayOfWeek> mornings = copy(morningOnlyDays);
        mornings.add(DayOfWeek.SATURDAY);
        EnumSet<DayOfWeek> full = copy(fullDays);
        full.remove(DayOfWeek.SATURDAY);
        return new WorkingWeek(full, mornings, morning, afternoon);
    }

    /** The periods of a full working day; a make-up working day works these too. */
    public List<WorkingPeriod> fullDayPeriods() {
        return List.of(morning, afternoon);
    }

    /** The periods the ordinary week works on this day of the week, empty on a weekly day off. */
    public List<WorkingPeriod> periodsOn(DayOfWeek day) {
        if (fullDays.contains(day)) {
            return fullDayPeriods();
        }
        if (morningOnlyDays.contains(day)) {
            return List.of(morning);
        }
        return List.of();
    }

    /** Whether the ordinary week works on this day at all (a weekly day off is not). */
    public boolean works(DayOfWeek day) {
        return fullDays.contains(day) || morningOnlyDays.contains(day);
    }

    private static EnumSet<DayOfWeek> copy(Set<DayOfWeek> days) {
        return days == null || days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }
}
