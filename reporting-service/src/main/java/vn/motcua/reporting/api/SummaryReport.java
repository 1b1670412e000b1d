package vn.motcua.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.domain.Figures;
import vn.motcua.reporting.domain.ReportScope;

import java.util.Map;

/** {@code summary}: the scope's figures, with the formulas of the derived ones. */
@Schema(name = "SummaryReport")
public record SummaryReport(String report, ReportScope scope, Figures figures, Map<String, String> formulas)
        implements ReportBody {

    static final String NAME = "summary";
    private static final Map<String, String> FORMULAS = Map.of(
            "toProcess", "received + carriedOver - withdrawnAfterReception",
            "lateRate", "(inProgressOverdue + resolvedLate) / toProcess",
            "onTimeRate", "1 - lateRate",
            "onTimeShare", "(resolvedEarly + resolvedOnTime) / resolved");

    static SummaryReport of(ReportScope scope, Figures figures) {
        return new SummaryReport(NAME, scope, figures, FORMULAS);
    }
}
