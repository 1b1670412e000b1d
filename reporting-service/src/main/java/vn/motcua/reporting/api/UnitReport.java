package vn.motcua.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.application.ReportRows;
import vn.motcua.reporting.domain.ReportScope;

import java.util.List;

/** {@code by-unit}: every competent unit's figures, ranked, with what its centre received for other units. */
@Schema(name = "UnitReport")
public record UnitReport(String report, ReportScope scope, List<ReportRows.UnitRow> rows) implements ReportBody {

    static final String NAME = "by-unit";

    static UnitReport of(ReportScope scope, List<ReportRows.UnitRow> rows) {
        return new UnitReport(NAME, scope, rows);
    }
}
