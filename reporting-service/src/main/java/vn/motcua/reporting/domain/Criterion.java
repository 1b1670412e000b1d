package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * One criterion of the Decision 766/QĐ-TTg service-quality index: its weight, the score earned, the
 * formula and the counts behind it. A criterion with nothing to measure has no score.
 */
public record Criterion(String name, int maximum, BigDecimal score, String formula, Map<String, Number> counts) {

    /** {@code maximum × part / whole}, two decimals; no score when {@code whole} is 0. */
    public static Criterion share(String name, int maximum, String formula, long part, long whole, Map<String, Number> counts) {
        BigDecimal score = whole == 0 ? null : BigDecimal.valueOf(maximum).multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
        return new Criterion(name, maximum, score, formula, counts);
    }
}
