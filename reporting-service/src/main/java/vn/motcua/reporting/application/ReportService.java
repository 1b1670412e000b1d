package vn.motcua.reporting.application;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.time.ClockProducer;
import vn.motcua.reporting.domain.Figures;
import vn.motcua.reporting.domain.Granularity;
import vn.motcua.reporting.domain.ReportScope;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the province's reports from the dossier read model, exactly as DOMAIN.md defines them.
 * Each figure is one conditional count over the scope's dossiers, so one query answers a report.
 */
@ApplicationScoped
public class ReportService {

    /** The counts of {@link Figures}; parameters: from, to, the instant the period ends (three times each). */
    private static final String FIGURES = """
            count(*) FILTER (WHERE received_date BETWEEN ? AND ?) AS received,
            count(*) FILTER (WHERE received_date < ? AND (resolved_date IS NULL OR resolved_date >= ?)
                             AND (withdrawn_date IS NULL OR withdrawn_date >= ?)) AS carried_over,
            count(*) FILTER (WHERE resolved_date BETWEEN ? AND ? AND timeliness = 'EARLY') AS early,
            count(*) FILTER (WHERE resolved_date BETWEEN ? AND ? AND timeliness = 'ON_TIME') AS on_time,
            count(*) FILTER (WHERE resolved_date BETWEEN ? AND ? AND timeliness = 'LATE') AS late,
            count(*) FILTER (WHERE received_date <= ? AND (resolved_date IS NULL OR resolved_date > ?)
                             AND (withdrawn_date IS NULL OR withdrawn_date > ?) AND due_at >= ?) AS not_yet_due,
            count(*) FILTER (WHERE received_date <= ? AND (resolved_date IS NULL OR resolved_date > ?)
                             AND (withdrawn_date IS NULL OR withdrawn_date > ?) AND due_at < ?) AS overdue,
            count(*) FILTER (WHERE refused_date BETWEEN ? AND ?) AS refused,
            count(*) FILTER (WHERE withdrawn_date BETWEEN ? AND ?) AS withdrawn""";

    @Inject
    AgroalDataSource dataSource;

    public Figures summary(ReportScope scope) {
        List<Map<String, Object>> rows = query("SELECT " + FIGURES + " FROM report_dossier d" + where(scope), scope, List.of());
        return figures(rows.get(0));
    }

    public List<ReportRows.UnitRow> byUnit(ReportScope scope) {
        List<Map<String, Object>> rows = query("SELECT d.competent_unit_code AS key, " + FIGURES + " FROM report_dossier d"
                + where(scope) + " GROUP BY d.competent_unit_code", scope, List.of());
        Map<String, Long> forOthers = new HashMap<>();
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(scope.from()), Date.valueOf(scope.to())));
        StringBuilder sql = new StringBuilder("SELECT receiving_unit_code AS key, count(*) AS n FROM report_dossier"
                + " WHERE received_date BETWEEN ? AND ? AND receiving_unit_code <> competent_unit_code");
        if (scope.unit() != null) {
            sql.append(" AND receiving_unit_code = ?");
            parameters.add(scope.unit());
        }
        for (Map<String, Object> row : select(sql + " GROUP BY receiving_unit_code", parameters)) {
            forOthers.put((String) row.get("key"), ((Number) row.get("n")).longValue());
        }
        Map<String, String> names = names("SELECT code AS key, name FROM report_unit");
        List<ReportRows.UnitRow> result = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Map<String, Object> row : rows) {
            String unit = (String) row.get("key");
            seen.add(unit);
            result.add(new ReportRows.UnitRow(unit, names.getOrDefault(unit, unit), figures(row), forOthers.getOrDefault(unit, 0L)));
        }
        forOthers.forEach((unit, count) -> {
            if (!seen.contains(unit)) {
                result.add(new ReportRows.UnitRow(unit, names.getOrDefault(unit, unit),
                        Figures.of(0, 0, 0, 0, 0, 0, 0, 0, 0), count));
            }
        });
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
        return query("SELECT d.field_code AS key, " + FIGURES + " FROM report_dossier d" + where(scope)
                + " GROUP BY d.field_code ORDER BY d.field_code", scope, List.of()).stream()
                .map(row -> new ReportRows.FieldRow((String) row.get("key"), names.getOrDefault((String) row.get("key"),
                        (String) row.get("key")), figures(row)))
                .toList();
    }

    public List<ReportRows.ProcedureRow> byProcedure(ReportScope scope) {
        Map<String, String> names = names("SELECT code AS key, name FROM report_procedure");
        return query("SELECT d.procedure_code AS key, min(d.field_code) AS field, " + FIGURES + " FROM report_dossier d"
                + where(scope) + " GROUP BY d.procedure_code ORDER BY d.procedure_code", scope, List.of()).stream()
                .map(row -> new ReportRows.ProcedureRow((String) row.get("key"),
                        names.getOrDefault((String) row.get("key"), (String) row.get("key")), (String) row.get("field"), figures(row)))
                .toList();
    }

    public List<ReportRows.PeriodRow> timeseries(ReportScope scope, Granularity granularity) {
        String bucket = "date_trunc('" + granularity.postgres() + "', %s)::date";
        Map<LocalDate, long[]> buckets = new java.util.TreeMap<>();
        List<Object> base = scopeParameters(scope);
        String filter = scopeFilter(scope);
        for (Map<String, Object> row : select("SELECT " + bucket.formatted("received_date") + " AS period, count(*) AS n"
                + " FROM report_dossier d WHERE received_date BETWEEN ? AND ?" + filter + " GROUP BY 1", withDates(scope, base))) {
            buckets.computeIfAbsent(((Date) row.get("period")).toLocalDate(), k -> new long[4])[0] = ((Number) row.get("n")).longValue();
        }
        for (Map<String, Object> row : select("SELECT " + bucket.formatted("resolved_date") + " AS period, timeliness, count(*) AS n"
                + " FROM report_dossier d WHERE resolved_date BETWEEN ? AND ?" + filter + " GROUP BY 1, 2", withDates(scope, base))) {
            long[] counts = buckets.computeIfAbsent(((Date) row.get("period")).toLocalDate(), k -> new long[4]);
            int slot = switch ((String) row.get("timeliness")) {
                case "EARLY" -> 1;
                case "ON_TIME" -> 2;
                default -> 3;
            };
            counts[slot] = ((Number) row.get("n")).longValue();
        }
        return buckets.entrySet().stream()
                .map(e -> new ReportRows.PeriodRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
    }

    public List<ReportRows.OverdueRow> overdue(ReportScope scope) {
        Timestamp end = endOf(scope.to());
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(scope.to()), Date.valueOf(scope.to()),
                Date.valueOf(scope.to()), end));
        parameters.addAll(scopeParameters(scope));
        Map<String, String> procedures = names("SELECT code AS key, name FROM report_procedure");
        Map<String, String> units = names("SELECT code AS key, name FROM report_unit");
        return select("SELECT code, procedure_code, competent_unit_code, due_at FROM report_dossier d"
                + " WHERE received_date <= ? AND (resolved_date IS NULL OR resolved_date > ?)"
                + " AND (withdrawn_date IS NULL OR withdrawn_date > ?) AND due_at < ?" + scopeFilter(scope)
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

    private static Figures figures(Map<String, Object> row) {
        return Figures.of(n(row, "received"), n(row, "carried_over"), n(row, "early"), n(row, "on_time"), n(row, "late"),
                n(row, "not_yet_due"), n(row, "overdue"), n(row, "refused"), n(row, "withdrawn"));
    }

    private static long n(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private List<Map<String, Object>> query(String sql, ReportScope scope, List<Object> extra) {
        Date from = Date.valueOf(scope.from());
        Date to = Date.valueOf(scope.to());
        Timestamp end = endOf(scope.to());
        List<Object> parameters = new ArrayList<>(List.of(from, to, from, from, from, from, to, from, to, from, to,
                to, to, to, end, to, to, to, end, from, to, from, to));
        parameters.addAll(scopeParameters(scope));
        parameters.addAll(extra);
        return select(sql, parameters);
    }

    private static String where(ReportScope scope) {
        return " WHERE TRUE" + scopeFilter(scope);
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

    private static List<Object> withDates(ReportScope scope, List<Object> base) {
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(scope.from()), Date.valueOf(scope.to())));
        parameters.addAll(base);
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
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("a report query failed", e);
        }
    }
}
