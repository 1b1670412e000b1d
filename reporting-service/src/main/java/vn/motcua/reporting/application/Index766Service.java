package vn.motcua.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.reporting.domain.Criterion;
import vn.motcua.reporting.domain.Figures;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.persistence.CountSums;
import vn.motcua.reporting.persistence.PublicationRows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of the Decision 766/QĐ-TTg index (100 points) the platform can compute from its own data
 * (DOMAIN.md): transparency 18, progress and results 20, digitisation 22, online service 22,
 * satisfaction 18. Each criterion states its formula and the counts behind it.
 */
@ApplicationScoped
public class Index766Service {

    /** The index for a scope: its criteria and the total of the scores that could be computed. */
    public record Index(List<Criterion> criteria, BigDecimal total, int maximumComputed) {
    }

    @Inject
    PublicationRows publications;

    @Inject
    CountSums counts;

    public Index index(ReportScope scope) {
        CountSums.Sums period = counts.sums(scope, Optional.empty()).get(0);
        List<Criterion> criteria = new ArrayList<>();
        criteria.add(transparency(scope));
        criteria.add(progress(period.figures()));
        long documentsTotal = period.documentsTotal();
        long documentsAsFiles = period.documentsAsFiles();
        long resolvedWithResult = period.resolvedWithResult();
        long resultsAsFiles = period.resultsAsFiles();
        BigDecimal documentsShare = documentsTotal == 0 ? null
                : BigDecimal.valueOf(documentsAsFiles).divide(BigDecimal.valueOf(documentsTotal), 6, RoundingMode.HALF_UP);
        BigDecimal resultsShare = resolvedWithResult == 0 ? null
                : BigDecimal.valueOf(resultsAsFiles).divide(BigDecimal.valueOf(resolvedWithResult), 6, RoundingMode.HALF_UP);
        BigDecimal digitisation = documentsShare == null || resultsShare == null ? null
                : BigDecimal.valueOf(11).multiply(documentsShare.add(resultsShare)).setScale(2, RoundingMode.HALF_UP);
        criteria.add(new Criterion("digitization", 22, digitisation,
                "11 × documentsAsFiles / documentsTotal + 11 × resultsAsFiles / resolvedWithKnownResult",
                counts("documentsTotal", documentsTotal, "documentsAsFiles", documentsAsFiles,
                        "resolvedWithKnownResult", resolvedWithResult, "resultsAsFiles", resultsAsFiles)));
        criteria.add(Criterion.share("onlineService", 22, "22 × receivedOnline / received", period.receivedOnline(),
                period.received(), counts("received", period.received(), "receivedOnline", period.receivedOnline())));
        long ratings = period.ratings();
        long ratingSum = period.ratingSum();
        criteria.add(Criterion.share("satisfaction", 18, "18 × average rating / 5 (ratings of dossiers resolved in the period)",
                ratingSum, ratings * 5, counts("ratings", ratings, "ratingSum", ratingSum)));
        BigDecimal total = BigDecimal.ZERO;
        int maximum = 0;
        for (Criterion criterion : criteria) {
            if (criterion.score() != null) {
                total = total.add(criterion.score());
                maximum += criterion.maximum();
            }
        }
        return new Index(criteria, total.setScale(2, RoundingMode.HALF_UP), maximum);
    }

    private Criterion transparency(ReportScope scope) {
        PublicationRows.Published published = publications.published(scope);
        return Criterion.share("transparency", 18,
                "18 × active procedures published with documents, processing time, fees and legal basis / active procedures",
                published.complete(), published.active(),
                counts("activeProcedures", published.active(), "complete", published.complete()));
    }

    private static Criterion progress(Figures figures) {
        BigDecimal score = figures.onTimeRate() == null ? null
                : BigDecimal.valueOf(20).multiply(figures.onTimeRate()).setScale(2, RoundingMode.HALF_UP);
        return new Criterion("progress", 20, score, "20 × onTimeRate = 20 × (1 - (inProgressOverdue + resolvedLate) / toProcess)",
                counts("toProcess", figures.toProcess(), "inProgressOverdue", figures.inProgressOverdue(),
                        "resolvedLate", figures.resolvedLate()));
    }

    private static Map<String, Number> counts(Object... pairs) {
        Map<String, Number> counts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((String) pairs[i], (Number) pairs[i + 1]);
        }
        return counts;
    }
}
