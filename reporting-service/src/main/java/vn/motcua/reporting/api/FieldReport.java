package vn.motcua.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.application.ReportRows;
import vn.motcua.reporting.domain.ReportScope;

import java.util.List;

/** {@code by-field}: every field's figures, by field code. */
@Schema(name = "FieldReport")
public record FieldReport(String report, ReportScope scope, List<ReportRows.FieldRow> rows) implements ReportBody {

    static final String NAME = "by-field";

    static FieldReport of(ReportScope scope, List<ReportRows.FieldRow> rows) {
        return new FieldReport(NAME, scope, rows);
    }
}
