package vn.motcua.dossier.domain.deadline;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/** A procedure's legal processing time: 5 working days, 8 working hours, or the same day with a cut-off hour. */
public final class ProcessingTime {

    private final ProcessingTimeUnit unit;
    private final int amount;
    private final LocalTime sameDayCutoff;

    private ProcessingTime(ProcessingTimeUnit unit, int amount, LocalTime sameDayCutoff) {
        this.unit = unit;
        this.amount = amount;
        this.sameDayCutoff = sameDayCutoff;
    }

    public static ProcessingTime workingDays(int days) {
        return new ProcessingTime(ProcessingTimeUnit.WORKING_DAYS, positive(days, "working days"), null);
    }

    public static ProcessingTime workingHours(int hours) {
        return new ProcessingTime(ProcessingTimeUnit.WORKING_HOURS, positive(hours, "working hours"), null);
    }

    /** Same day: received before {@code cutoff} → due at the end of that working day, otherwise of the next. */
    public static ProcessingTime sameDay(LocalTime cutoff) {
        return new ProcessingTime(ProcessingTimeUnit.SAME_DAY, 0, Objects.requireNonNull(cutoff, "cutoff"));
    }

    /**
     * From the catalogue's form (unit name, amount, cut-off): amount for working days and hours, cut-off
     * for same day.
     */
    public static ProcessingTime of(ProcessingTimeUnit unit, Integer amount, LocalTime cutoff) {
        Objects.requireNonNull(unit, "unit");
        if (unit == ProcessingTimeUnit.SAME_DAY) {
            if (cutoff == null) {
                throw new IllegalArgumentException("a same-day processing time needs a cut-off hour");
            }
            return sameDay(cutoff);
        }
        if (amount == null) {
            throw new IllegalArgumentException("a processing time in " + unit + " needs an amount");
        }
        return unit == ProcessingTimeUnit.WORKING_DAYS ? workingDays(amount) : workingHours(amount);
    }

    public ProcessingTimeUnit unit() {
        return unit;
    }

    /** How many working days or hours; 0 for same day. */
    public int amount() {
        return amount;
    }

    /** The cut-off hour of a same-day procedure. */
    public Optional<LocalTime> sameDayCutoff() {
        return Optional.ofNullable(sameDayCutoff);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProcessingTime that && unit == that.unit && amount == that.amount
                && Objects.equals(sameDayCutoff, that.sameDayCutoff);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, amount, sameDayCutoff);
    }

    @Override
    public String toString() {
        return unit == ProcessingTimeUnit.SAME_DAY ? "same day (cut-off " + sameDayCutoff + ")"
                : amount + " " + (unit == ProcessingTimeUnit.WORKING_DAYS ? "working days" : "working hours");
    }

    private static int positive(int amount, String what) {
        if (amount < 1) {
            throw new IllegalArgumentException("a processing time of " + what + " must be at least 1, not " + amount);
        }
        return amount;
    }
}
