package vn.motcua.reporting.application;

import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.reporting.domain.Figures;
import vn.motcua.reporting.domain.ReportScope;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * DOMAIN.md's figures counted the plain way, straight from one row per dossier: the yardstick the
 * pre-aggregated counts must always agree with. Slow on purpose and kept to tests.
 */
final class DossierOracle {

    /** Figures plus the numbers the 766 index and the by-unit report add to them. */
    record Counted(Figures figures, long receivedForOthers, long receivedOnline, long documentsTotal, long documentsAsFiles,
                   long resolvedWithResult, long resultsAsFiles, long ratings, long ratingSum) {
    }

    private static final String COUNTS = """
            SELECT count(*) FILTER (WHERE received_date BETWEEN :from AND :to) AS received,
                   count(*) FILTER (WHERE received_date < :from AND (resolved_date IS NULL OR resolved_date >= :from)
                                    AND (withdrawn_date IS NULL OR withdrawn_date >= :from)) AS carried_over,
                   count(*) FILTER (WHERE resolved_date BETWEEN :from AND :to AND timeliness = 'EARLY') AS early,
                   count(*) FILTER (WHERE resolved_date BETWEEN :from AND :to AND timeliness = 'ON_TIME') AS on_time,
                   count(*) FILTER (WHERE resolved_date BETWEEN :from AND :to AND timeliness = 'LATE') AS late,
                   count(*) FILTER (WHERE received_date <= :to AND (resolved_date IS NULL OR resolved_date > :to)
                                    AND (withdrawn_date IS NULL OR withdrawn_date > :to) AND due_at >= :end) AS not_yet_due,
                   count(*) FILTER (WHERE received_date <= :to AND (resolved_date IS NULL OR resolved_date > :to)
                                    AND (withdrawn_date IS NULL OR withdrawn_date > :to) AND due_at < :end) AS overdue,
                   count(*) FILTER (WHERE refused_date BETWEEN :from AND :to) AS refused,
                   count(*) FILTER (WHERE withdrawn_date BETWEEN :from AND :to) AS withdrawn,
                   count(*) FILTER (WHERE received_date BETWEEN :from AND :to AND channel = 'ONLINE') AS received_online,
                   coalesce(sum(documents_total) FILTER (WHERE received_date BETWEEN :from AND :to), 0) AS documents_total,
                   coalesce(sum(documents_as_files) FILTER (WHERE received_date BETWEEN :from AND :to), 0) AS documents_as_files,
                   count(*) FILTER (WHERE resolved_date BETWEEN :from AND :to AND result_as_file IS NOT NULL) AS resolved_with_result,
                   count(*) FILTER (WHERE resolved_date BETWEEN :from AND :to AND result_as_file) AS results_as_files,
                   count(*) FILTER (WHERE resolved_date BETWEEN :from AND :to AND rating IS NOT NULL) AS ratings,
                   coalesce(sum(rating) FILTER (WHERE resolved_date BETWEEN :from AND :to), 0) AS rating_sum
              FROM report_dossier d WHERE TRUE""";

    private DossierOracle() {
    }

    /** The scope's figures, or those of each group of {@code groupColumn} (a report_dossier column) seen. */
    static Map<String, Counted> count(Connection connection, ReportScope scope, String groupColumn) throws SQLException {
        String sql = COUNTS.replace("SELECT ", "SELECT " + (groupColumn == null ? "'all'" : groupColumn) + " AS key, ")
                + filters(scope) + (groupColumn == null ? "" : " GROUP BY 1");
        Map<String, Counted> result = new TreeMap<>();
        try (PreparedStatement query = prepare(connection, sql, scope); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                result.put(rows.getString("key"), new Counted(
                        Figures.of(rows.getLong("received"), rows.getLong("carried_over"), rows.getLong("early"),
                                rows.getLong("on_time"), rows.getLong("late"), rows.getLong("not_yet_due"),
                                rows.getLong("overdue"), rows.getLong("refused"), rows.getLong("withdrawn")),
                        0, rows.getLong("received_online"), rows.getLong("documents_total"), rows.getLong("documents_as_files"),
                        rows.getLong("resolved_with_result"), rows.getLong("results_as_files"), rows.getLong("ratings"),
                        rows.getLong("rating_sum")));
            }
        }
        return result;
    }

    /** Per receiving unit, the dossiers it received in the period for another competent unit. */
    static Map<String, Long> receivedForOthers(Connection connection, ReportScope scope) throws SQLException {
        String sql = "SELECT receiving_unit_code AS key, count(*) AS n FROM report_dossier d"
                + " WHERE received_date BETWEEN :from AND :to AND receiving_unit_code <> competent_unit_code"
                + filters(scope).replace("d.competent_unit_code", "d.receiving_unit_code") + " GROUP BY 1";
        Map<String, Long> result = new TreeMap<>();
        try (PreparedStatement query = prepare(connection, sql, scope); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                result.put(rows.getString("key"), rows.getLong("n"));
            }
        }
        return result;
    }

    /** Per bucket start: received, early, on time, late; buckets with none of them left out. */
    static Map<LocalDate, List<Long>> series(Connection connection, ReportScope scope, String unit) throws SQLException {
        Map<LocalDate, long[]> result = new TreeMap<>();
        String received = "SELECT date_trunc('" + unit + "', received_date)::date AS bucket, count(*) AS n FROM report_dossier d"
                + " WHERE received_date BETWEEN :from AND :to" + filters(scope) + " GROUP BY 1";
        try (PreparedStatement query = prepare(connection, received, scope); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                result.computeIfAbsent(rows.getDate("bucket").toLocalDate(), day -> new long[4])[0] = rows.getLong("n");
            }
        }
        String resolved = "SELECT date_trunc('" + unit + "', resolved_date)::date AS bucket, timeliness, count(*) AS n"
                + " FROM report_dossier d WHERE resolved_date BETWEEN :from AND :to" + filters(scope) + " GROUP BY 1, 2";
        try (PreparedStatement query = prepare(connection, resolved, scope); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                int slot = switch (rows.getString("timeliness")) {
                    case "EARLY" -> 1;
                    case "ON_TIME" -> 2;
                    default -> 3;
                };
                result.computeIfAbsent(rows.getDate("bucket").toLocalDate(), day -> new long[4])[slot] = rows.getLong("n");
            }
        }
        Map<LocalDate, List<Long>> lists = new TreeMap<>();
        result.forEach((day, counts) -> lists.put(day, List.of(counts[0], counts[1], counts[2], counts[3])));
        return lists;
    }

    private static String filters(ReportScope scope) {
        return (scope.unit() == null ? "" : " AND d.competent_unit_code = :unit")
                + (scope.field() == null ? "" : " AND d.field_code = :field")
                + (scope.procedure() == null ? "" : " AND d.procedure_code = :procedure");
    }

    /** Binds the named parameters (:from, :to, :end, :unit, :field, :procedure) in order of appearance. */
    private static PreparedStatement prepare(Connection connection, String named, ReportScope scope) throws SQLException {
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        java.util.regex.Matcher names = java.util.regex.Pattern.compile(":(from|to|end|unit|field|procedure)\\b").matcher(named);
        while (names.find()) {
            values.add(switch (names.group(1)) {
                case "from" -> Date.valueOf(scope.from());
                case "to" -> Date.valueOf(scope.to());
                case "end" -> Timestamp.from(scope.to().plusDays(1).atStartOfDay(ClockProducer.PROVINCE_ZONE).toInstant());
                case "unit" -> scope.unit();
                case "field" -> scope.field();
                default -> scope.procedure();
            });
            names.appendReplacement(sql, "?");
        }
        names.appendTail(sql);
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }
}
