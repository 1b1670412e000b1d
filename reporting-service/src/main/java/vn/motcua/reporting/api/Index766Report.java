package vn.motcua.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.application.Index766Service;
import vn.motcua.reporting.domain.Criterion;
import vn.motcua.reporting.domain.Index766Group;
import vn.motcua.reporting.domain.ReportScope;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code index-766}: the six groups of the Decision 766 index, each with its formula, counts, status and
 * score; the total of the scores computed, out of {@code maximumComputed} of the index's {@code maximum}.
 */
@Schema(name = "Index766Report")
public record Index766Report(
        String report,
        ReportScope scope,
        @Schema(description = "The six groups in the national portal's order: transparency, progress, onlineService,"
                + " onlinePayment, digitization, satisfaction; a group without a score says why in status and note")
        List<Criterion> criteria,
        @Schema(description = "The sum of the computed groups' scores") BigDecimal total,
        @Schema(description = "The sum of the computed groups' weights: what total is out of") int maximumComputed,
        @Schema(description = "The index's maximum, 100") int maximum) implements ReportBody {

    static final String NAME = "index-766";

    static Index766Report of(ReportScope scope, Index766Service.Index index) {
        return new Index766Report(NAME, scope, index.criteria(), index.total(), index.maximumComputed(),
                Index766Group.maximum());
    }
}
