package vn.motcua.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.reporting.domain.Criterion;
import vn.motcua.reporting.domain.Figures;
import vn.motcua.reporting.domain.Index766Group;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.persistence.CountSums;
import vn.motcua.reporting.persistence.PublicationRows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Decision 766/QĐ-TTg index (100 points) in its six groups (DOMAIN.md): transparency 18, progress 20,
 * online service 12, online payment 10, digitization 22, satisfaction 18. Each group states its formula and
 * the counts behind it; one the platform's data cannot support yet (online payment) is not computable, and one
 * with nothing to measure in the scope has no data; both stay out of the total and of {@code maximumComputed}.
 */
@ApplicationScoped
public class Index766Service {

    /** The index for a scope: its six groups, in the portal's order, and the total of those computed. */
    public record Index(List<Criterion> criteria, BigDecimal total, int maximumComputed) {
    }

    @Inject
    PublicationRows publications;

    @Inject
    CountSums counts;

    public Index index(ReportScope scope) {
        CountSums.Sums period = counts.sums(scope, Optional.empty()).get(0);
        List<Criterion> criteria = List.of(
                transparency(scope),
                progress(period.figures()),
                Criterion.share(Index766Group.ONLINE_SERVICE, "12 × receivedOnline / received", period.receivedOnline(),
                        period.received(), counts("received", period.received(), "receivedOnline", period.receivedOnline())),
                onlinePayment(),
                period.digitization().index766(period.figures().resolved()),
                Criterion.share(Index766Group.SATISFACTION, "18 × average rating / 5 (ratings given in the period)",
                        period.ratingSum(), period.ratings() * 5,
                        counts("ratings", period.ratings(), "ratingSum", period.ratingSum())));
        BigDecimal total = BigDecimal.ZERO;
        int maximum = 0;
        for (Criterion criterion : criteria) {
            if (criterion.status() == Criterion.Status.COMPUTED) {
                total = total.add(criterion.score());
                maximum += criterion.maximum();
            }
        }
        return new Index(criteria, total.setScale(2, RoundingMode.HALF_UP), maximum);
    }

    private Criterion transparency(ReportScope scope) {
        PublicationRows.Published published = publications.published(scope);
        return Criterion.share(Index766Group.TRANSPARENCY,
                "18 × active procedures published with documents, processing time, fees (or marked free) and legal basis"
                        + " / active procedures",
                published.complete(), published.active(),
                counts("activeProcedures", published.active(), "complete", published.complete()));
    }

    private static Criterion progress(Figures figures) {
        BigDecimal score = figures.onTimeRate() == null ? null
                : BigDecimal.valueOf(20).multiply(figures.onTimeRate()).setScale(2, RoundingMode.HALF_UP);
        return Criterion.scored(Index766Group.PROGRESS, score,
                "20 × onTimeRate = 20 × (1 - (inProgressOverdue + resolvedLate) / toProcess)",
                counts("toProcess", figures.toProcess(), "inProgressOverdue", figures.inProgressOverdue(),
                        "resolvedLate", figures.resolvedLate()), null);
    }

    /** The platform records no amount due, payment channel or receipt yet: nothing to count, so no score. */
    private static Criterion onlinePayment() {
        return Criterion.notComputable(Index766Group.ONLINE_PAYMENT,
                "10 × dossiers paid online / dossiers with a non-zero amount due (exemptions excluded)",
                "not computable: the platform records no payments yet (no amount due, payment channel or receipt)");
    }

    private static Map<String, Number> counts(Object... pairs) {
        Map<String, Number> counts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((String) pairs[i], (Number) pairs[i + 1]);
        }
        return counts;
    }
}
