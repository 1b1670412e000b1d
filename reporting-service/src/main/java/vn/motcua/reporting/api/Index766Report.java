package vn.motcua.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.application.Index766Service;
import vn.motcua.reporting.domain.Criterion;
import vn.motcua.reporting.domain.ReportScope;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code index-766}: the Decision 766 criteria the platform can compute, each with its formula, counts and
 * score; the total of the scores computed, out of {@code maximumComputed} of the index's {@code maximum}.
 */
@Schema(name = "Index766Report")
public record Index766Report(String report, ReportScope scope, List<Criterion> criteria, BigDecimal total,
                             int maximumComputed, int maximum) implements ReportBody {

    static final String NAME = "index-766";
    private static final int INDEX_MAXIMUM = 100;

    static Index766Report of(ReportScope scope, Index766Service.Index index) {
        return new Index766Report(NAME, scope, index.criteria(), index.total(), index.maximumComputed(), INDEX_MAXIMUM);
    }
}
