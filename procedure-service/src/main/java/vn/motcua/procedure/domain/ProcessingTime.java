package vn.motcua.procedure.domain;

import vn.motcua.platform.rules.Violation;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The legal processing time of a procedure (thời hạn giải quyết).
 *
 * @param amount how many working days or hours; null for SAME_DAY
 * @param cutoffTime for SAME_DAY: a dossier received after this local time is due the next working day;
 *               null for the other units
 */
public record ProcessingTime(ProcessingTimeUnit unit, Integer amount, LocalTime cutoffTime) {

    /** The cut-off most procedures use when none is given. */
    public static final LocalTime USUAL_CUTOFF = LocalTime.of(15, 0);
    public static final int MAX_WORKING_DAYS = 365;
    public static final int MAX_WORKING_HOURS = 2000;

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (unit == null) {
            violations.add(new Violation("unit", "is required: WORKING_DAYS, WORKING_HOURS or SAME_DAY"));
            return violations;
        }
        switch (unit) {
            case WORKING_DAYS -> requireAmount(violations, MAX_WORKING_DAYS, "working days");
            case WORKING_HOURS -> requireAmount(violations, MAX_WORKING_HOURS, "working hours");
            case SAME_DAY -> {
                if (amount != null) {
                    violations.add(new Violation("amount", "must be absent for SAME_DAY"));
                }
            }
            default -> throw new IllegalStateException(unit.name());
        }
        if (unit != ProcessingTimeUnit.SAME_DAY && cutoffTime != null) {
            violations.add(new Violation("cutoffTime", "applies only to SAME_DAY"));
        }
        return violations;
    }

    /** As stored: SAME_DAY without a cut-off gets the usual one. */
    public ProcessingTime normalised() {
        return unit == ProcessingTimeUnit.SAME_DAY && cutoffTime == null ? new ProcessingTime(unit, null, USUAL_CUTOFF) : this;
    }

    /** How a board shows it, in Vietnamese. */
    public String describe() {
        return switch (unit) {
            case WORKING_DAYS -> amount + " ngày làm việc";
            case WORKING_HOURS -> amount + " giờ làm việc";
            case SAME_DAY -> "Trong ngày (nhận sau " + (cutoffTime == null ? USUAL_CUTOFF : cutoffTime)
                    + " trả trong ngày làm việc tiếp theo)";
        };
    }

    private void requireAmount(List<Violation> violations, int max, String what) {
        if (amount == null) {
            violations.add(new Violation("amount", "is required: how many " + what));
        } else if (amount < 1 || amount > max) {
            violations.add(new Violation("amount", "must be from 1 to " + max + " " + what));
        }
    }
}
