package vn.motcua.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.application.ReportRows;
import vn.motcua.reporting.domain.ReportScope;

import java.util.List;

/** {@code by-procedure}: every procedure's figures, by procedure code, with its field. */
@Schema(name = "ProcedureReport")
public record ProcedureReport(String report, ReportScope scope, List<ReportRows.ProcedureRow> rows) implements ReportBody {

    static final String NAME = "by-procedure";

    static ProcedureReport of(ReportScope scope, List<ReportRows.ProcedureRow> rows) {
        return new ProcedureReport(NAME, scope, rows);
    }
}
