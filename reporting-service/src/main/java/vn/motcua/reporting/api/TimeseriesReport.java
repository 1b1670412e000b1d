package vn.motcua.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.application.ReportRows;
import vn.motcua.reporting.domain.Granularity;
import vn.motcua.reporting.domain.ReportScope;

import java.util.List;
import java.util.Locale;

/** {@code timeseries}: what was received and resolved per day, week or month; empty buckets left out. */
@Schema(name = "TimeseriesReport")
public record TimeseriesReport(String report, ReportScope scope,
                               @Schema(enumeration = {"day", "week", "month"}) String granularity,
                               List<ReportRows.PeriodRow> rows) implements ReportBody {

    static final String NAME = "timeseries";

    static TimeseriesReport of(ReportScope scope, Granularity granularity, List<ReportRows.PeriodRow> rows) {
        return new TimeseriesReport(NAME, scope, granularity.name().toLowerCase(Locale.ROOT), rows);
    }
}
