package vn.motcua.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.application.ReportRows;
import vn.motcua.reporting.domain.ReportScope;

import java.util.List;

/** {@code overdue}: the dossiers open and past their due time as of {@code to}, most overdue first. */
@Schema(name = "OverdueReport")
public record OverdueReport(String report, ReportScope scope, List<ReportRows.OverdueRow> rows) implements ReportBody {

    static final String NAME = "overdue";

    static OverdueReport of(ReportScope scope, List<ReportRows.OverdueRow> rows) {
        return new OverdueReport(NAME, scope, rows);
    }
}
