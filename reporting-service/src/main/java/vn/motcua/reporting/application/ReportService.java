package vn.motcua.reporting.application;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.Figures;
import vn.motcua.reporting.domain.Granularity;
import vn.motcua.reporting.domain.ReportScope;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the province's reports, exactly as DOMAIN.md defines them: the figures from the pre-aggregated
 * counts ({@link CountSums}), the list of overdue dossiers from the per-dossier read model.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CountSums counts;

    public Figures summary(ReportScope scope) {
        return counts.sums(scope, Optional.empty()).get(0).figures();
    }

    public List<ReportRows.UnitRow> byUnit(ReportScope scope) {
        Map<String, String> names = names("SELECT code AS key, name FROM report_unit");
        List<ReportRows.UnitRow> result = new ArrayList<>();
        for (CountSums.Sums unit : counts.sums(scope, Optional.of(Dimension.UNIT))) {
            result.add(new ReportRows.UnitRow(unit.key(), names.getOrDefault(unit.key(), unit.key()), unit.figures(),
                    unit.receivedForOtherUnits()));
        }
        // the province ranks its units: best on-time rate first, then the most work
        result.sort(Comparator.comparing((ReportRows.UnitRow row) -> row.figures().onTimeRate(),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(row -> row.figures().toProcess(), Comparator.reverseOrder())
                .thenComparing(ReportRows.UnitRow::unitCode));
        return result;
    }

    public List<ReportRows.FieldRow> byField(ReportScope scope) {
        Map<String, String> names = names("SELECT DISTINCT ON (field_code) field_code AS key, field_name AS name"
                + " FROM report_procedure ORDER BY field_code, version DESC");
        return counts.sums(scope, Optional.of(Dimension.FIELD)).stream()
                .sorted(Comparator.comparing(CountSums.Sums::key))
                .map(field -> new ReportRows.FieldRow(field.key(), names.getOrDefault(field.key(), field.key()), field.figures()))
                .toList();
    }

    public List<ReportRows.ProcedureRow> byProcedure(ReportScope scope) {
        Map<String, String> names = names("SELECT code AS key, name FROM report_procedure");
        return counts.sums(scope, Optional.of(Dimension.PROCEDURE)).stream()
                .sorted(Comparator.comparing(CountSums.Sums::key))
                .map(procedure -> new ReportRows.ProcedureRow(procedure.key(),
                        names.getOrDefault(procedure.key(), procedure.key()), procedure.fieldCode(), procedure.figures()))
                .toList();
    }

    public List<ReportRows.PeriodRow> timeseries(ReportScope scope, Granularity granularity) {
        return counts.series(scope, granularity).stream()
                .map(bucket -> new ReportRows.PeriodRow(bucket.start(), bucket.received(), bucket.early(), bucket.onTime(),
                        bucket.late()))
                .toList();
    }

    /**
     * The dossiers open and past due at the end of the period, most overdue first (10,000 at most). Read in
     * three disjoint parts, each served by an index: still open now, resolved after the period, withdrawn
     * after it.
     */
    public List<ReportRows.OverdueRow> overdue(ReportScope scope) {
        Date to = Date.valueOf(scope.to());
        Timestamp end = endOf(scope.to());
        String columns = "SELECT code, procedure_code, competent_unit_code, due_at FROM report_dossier d WHERE ";
        String filter = " AND received_date <= ? AND due_at < ?" + scopeFilter(scope);
        List<Object> parameters = new ArrayList<>();
        for (List<Object> arm : List.of(List.<Object>of(), List.<Object>of(to, to), List.<Object>of(to))) {
            parameters.addAll(arm);
            parameters.add(to);
            parameters.add(end);
            parameters.addAll(scopeParameters(scope));
        }
        Map<String, String> procedures = names("SELECT code AS key, name FROM report_procedure");
        Map<String, String> units = names("SELECT code AS key, name FROM report_unit");
        return select(columns + "resolved_date IS NULL AND withdrawn_date IS NULL" + filter
                + " UNION ALL " + columns + "resolved_date > ? AND (withdrawn_date IS NULL OR withdrawn_date > ?)" + filter
                + " UNION ALL " + columns + "withdrawn_date > ? AND resolved_date IS NULL" + filter
                + " ORDER BY due_at, code LIMIT 10000", parameters).stream()
                .map(row -> {
                    java.time.OffsetDateTime due = ((Timestamp) row.get("due_at")).toInstant()
                            .atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime();
                    return new ReportRows.OverdueRow((String) row.get("code"), (String) row.get("procedure_code"),
                            procedures.getOrDefault((String) row.get("procedure_code"), (String) row.get("procedure_code")),
                            (String) row.get("competent_unit_code"),
                            units.getOrDefault((String) row.get("competent_unit_code"), (String) row.get("competent_unit_code")),
                            due, ChronoUnit.DAYS.between(due.toLocalDate(), scope.to()));
                })
                .toList();
    }

    private static String scopeFilter(ReportScope scope) {
        return (scope.unit() == null ? "" : " AND d.competent_unit_code = ?")
                + (scope.field() == null ? "" : " AND d.field_code = ?")
                + (scope.procedure() == null ? "" : " AND d.procedure_code = ?");
    }

    private static List<Object> scopeParameters(ReportScope scope) {
        List<Object> parameters = new ArrayList<>();
        if (scope.unit() != null) {
            parameters.add(scope.unit());
        }
        if (scope.field() != null) {
            parameters.add(scope.field());
        }
        if (scope.procedure() != null) {
            parameters.add(scope.procedure());
        }
        return parameters;
    }

    /** The instant a local date ends in the province: midnight of the next day. */
    private static Timestamp endOf(LocalDate day) {
        return Timestamp.from(day.plusDays(1).atStartOfDay(ClockProducer.PROVINCE_ZONE).toInstant());
    }

    private Map<String, String> names(String sql) {
        Map<String, String> names = new HashMap<>();
        for (Map<String, Object> row : select(sql, List.of())) {
            names.put((String) row.get("key"), (String) row.get("name"));
        }
        return names;
    }

    private List<Map<String, Object>> select(String sql, List<Object> parameters) {
        List<Map<String, Object>> rows = new ArrayList<>();
        ReportQueries.query(dataSource, sql, parameters, result -> {
            Map<String, Object> row = new HashMap<>();
            for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
            }
            rows.add(row);
        });
        return rows;
    }
}
