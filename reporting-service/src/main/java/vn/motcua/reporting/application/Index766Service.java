package vn.motcua.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.reporting.domain.Criterion;
import vn.motcua.reporting.domain.Digitization;
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
 * the counts behind it; one the platform's data cannot support yet (online payment; digitization, until
 * electronic results are stored) is not computable, and stays out of the total and of {@code maximumComputed}.
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
                digitization(period),
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

    /**
     * Half the group (11 points) is the share of documents digitized, from stored files only; the other half is
     * the share of results issued as electronic files, which are not stored yet (Issue #20): a result flagged as a
     * file at resolution is a declaration, which DOMAIN.md does not count. So the group as a whole is not
     * computable: scored on its documents half it would add 22 to {@code maximumComputed} for at most 11 points.
     * Its counts still show the documents half, and its points out of 11.
     */
    private static Criterion digitization(CountSums.Sums period) {
        Digitization documents = period.digitization();
        Map<String, Number> counts = counts("documentsTotal", documents.documentsReceived(),
                "documentsDigitized", documents.documentsDigitized(), "documentsScanned", documents.documentsScanned());
        if (documents.shareDigitized() != null) {
            counts.put("documentsShare", documents.shareDigitized());
            counts.put("documentsPoints", BigDecimal.valueOf(11).multiply(documents.shareDigitized()).setScale(2, RoundingMode.HALF_UP));
        }
        return Criterion.notComputable(Index766Group.DIGITIZATION,
                "11 × documentsDigitized / documentsTotal (at most 1) + 11 × results issued as stored electronic files"
                        + " / resolved dossiers",
                counts,
                "not computable: electronic results are not stored yet, so the results half (11 points) cannot be"
                        + " measured; the documents half is shown in counts (documentsPoints, out of 11) and left out of"
                        + " the total. documentsDigitized counts stored files only (uploaded or scanned at the counter):"
                        + " those of the dossiers received in the period, and files stored in the period for dossiers"
                        + " received earlier, which is why the share is capped at 1");
    }

    private static Map<String, Number> counts(Object... pairs) {
        Map<String, Number> counts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((String) pairs[i], (Number) pairs[i + 1]);
        }
        return counts;
    }
}
