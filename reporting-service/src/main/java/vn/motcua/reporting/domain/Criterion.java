package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One group of the Decision 766/QĐ-TTg service-quality index: its weight, the score earned, the formula
 * and the counts behind it. A group without a score says why: nothing to measure in the scope, or data
 * the platform does not record yet; it is never shown as zero or full.
 *
 * @param name    the group, such as {@code onlineService} ({@link Index766Group#key()})
 * @param maximum its weight
 * @param score   the points earned, two decimals; null unless {@code status} is COMPUTED
 * @param note    what the figure counts where its name could mislead, or why it cannot be computed; may be null
 */
public record Criterion(String name, int maximum, BigDecimal score, Status status, String formula,
                        Map<String, Number> counts, String note) {

    /** Whether a group has a score, and why not. */
    public enum Status {
        /** Scored from the platform's data. */
        COMPUTED,
        /** The scope and period hold nothing to measure (no dossier, no rating...). */
        NO_DATA,
        /** The platform does not record what the group measures yet. */
        NOT_COMPUTABLE
    }

    public Criterion {
        // keeps the order in which the formula names them
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        if ((score == null) == (status == Status.COMPUTED)) {
            throw new IllegalArgumentException("a " + status + " criterion " + (score == null ? "needs" : "has no") + " score");
        }
    }

    /** A group scored {@code score}, or with nothing to measure when that is null. */
    public static Criterion scored(Index766Group group, BigDecimal score, String formula, Map<String, Number> counts,
                                   String note) {
        return new Criterion(group.key(), group.weight(), score, score == null ? Status.NO_DATA : Status.COMPUTED, formula,
                counts, note);
    }

    /** {@code weight × part / whole}, two decimals; nothing to measure when {@code whole} is 0. */
    public static Criterion share(Index766Group group, String formula, long part, long whole, Map<String, Number> counts) {
        BigDecimal score = whole == 0 ? null : BigDecimal.valueOf(group.weight()).multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
        return scored(group, score, formula, counts, null);
    }

    /** A group the platform's data cannot support yet: no score, no counts, and why. */
    public static Criterion notComputable(Index766Group group, String formula, String why) {
        return new Criterion(group.key(), group.weight(), null, Status.NOT_COMPUTABLE, formula, Map.of(), why);
    }
}
