package vn.motcua.reporting.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.reporting.domain.CountPeriods;
import vn.motcua.reporting.domain.Digitization;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.Figures;
import vn.motcua.reporting.domain.Granularity;
import vn.motcua.reporting.domain.ReportScope;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sums the pre-aggregated counts of {@code report_counts} (see its migrations) for a scope and period, the
 * only way reports read dossier numbers. It picks the grain that has exactly the scope's dimensions and the
 * one grouped by, and the coarsest rows that cover the days ({@link CountPeriods}), so a report reads a few
 * rows per year of history and per group, never the dossiers.
 *
 * <p>What the province measures, in sums of daily counts (DOMAIN.md; B = every day before {@code from},
 * P = the period, E = every day up to {@code to}): received = P(received); carried over = B(open change),
 * what was open at the end of the day before {@code from}; resolved early, on time and late, refused,
 * withdrawn, withdrawn after reception, ratings, documents received and digitized, results stored and signed =
 * P(...); in progress overdue as of {@code to} = E(overdue change); in progress not yet due = E(dated change) -
 * overdue. The changes are kept per dossier interval with the due time and unit in force on each day
 * (report_dossier_days()), so nothing that happens after a day changes what is summed up to it.
 */
@ApplicationScoped
public class CountSums {

    /** The sums of one group (or of the whole scope); {@code key} is the group's code, null when ungrouped. */
    public record Sums(String key, String fieldCode, long received, long carriedOver, long early, long onTime, long late,
                       long refused, long withdrawn, long withdrawnReceived, long overdue, long openWithDueDate, long receivedForOtherUnits,
                       long receivedOnline, long documentsTotal, long documentsDigitized, long documentsScanned,
                       long ratings, long ratingSum, long resultsStored, long resultsSigned) {

        public Figures figures() {
            return Figures.of(received, carriedOver, early, onTime, late, openWithDueDate - overdue, overdue, refused, withdrawn,
                    withdrawnReceived);
        }

        public Digitization digitization() {
            return Digitization.of(documentsTotal, documentsDigitized, documentsScanned, early + onTime + late, resultsStored,
                    resultsSigned);
        }

        static Sums none(String key) {
            return new Sums(key, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    /** What was received and resolved in one bucket of a time series. */
    public record BucketSums(LocalDate start, long received, long early, long onTime, long late) {
    }

    // every row read is before from (B) or in the period (P); together they are every day up to to (E)
    private static final String SUMS = """
            SELECT %s AS key, %s AS field,
                   coalesce(sum(received_counter + received_online + received_post) FILTER (WHERE in_p), 0) AS received,
                   coalesce(sum(open_change) FILTER (WHERE NOT in_p), 0) AS carried_over,
                   coalesce(sum(early) FILTER (WHERE in_p), 0) AS early,
                   coalesce(sum(on_time) FILTER (WHERE in_p), 0) AS on_time,
                   coalesce(sum(late) FILTER (WHERE in_p), 0) AS late,
                   coalesce(sum(refused) FILTER (WHERE in_p), 0) AS refused,
                   coalesce(sum(withdrawn) FILTER (WHERE in_p), 0) AS withdrawn,
                   coalesce(sum(withdrawn_received) FILTER (WHERE in_p), 0) AS withdrawn_received,
                   coalesce(sum(overdue_change), 0) AS overdue,
                   coalesce(sum(dated_change), 0) AS open_dated,
                   coalesce(sum(received_for_others) FILTER (WHERE in_p), 0) AS for_others,
                   coalesce(sum(received_online) FILTER (WHERE in_p), 0) AS received_online,
                   coalesce(sum(documents_total) FILTER (WHERE in_p), 0) AS documents_total,
                   coalesce(sum(documents_digitized) FILTER (WHERE in_p), 0) AS documents_digitized,
                   coalesce(sum(documents_scanned) FILTER (WHERE in_p), 0) AS documents_scanned,
                   coalesce(sum(ratings) FILTER (WHERE in_p), 0) AS ratings,
                   coalesce(sum(rating_sum) FILTER (WHERE in_p), 0) AS rating_sum,
                   coalesce(sum(results_stored) FILTER (WHERE in_p), 0) AS results_stored,
                   coalesce(sum(results_signed) FILTER (WHERE in_p), 0) AS results_signed
              FROM (SELECT c.*, period >= ? AS in_p FROM report_counts c WHERE %s AND (%s)) c
            """;

    @Inject
    AgroalDataSource dataSource;

    /** The scope's sums, grouped by a dimension or not; a grouped result has one element per group seen. */
    public List<Sums> sums(ReportScope scope, Optional<Dimension> groupBy) {
        String key = groupBy.map(CountSums::column).orElse("NULL::text");
        String field = groupBy.filter(by -> by == Dimension.PROCEDURE).map(by -> "min(field_code)").orElse("NULL::text");
        List<Object> parameters = new ArrayList<>(List.of(date(scope.from())));
        String where = grainFilter(scope, groupBy, parameters);
        String rows = rows(new CountPeriods(scope.from(), scope.to()), parameters);
        String sql = SUMS.formatted(key, field, where, rows) + (groupBy.isPresent() ? " GROUP BY 1" : "");
        List<Sums> result = new ArrayList<>();
        ReportQueries.query(dataSource, sql, parameters, row -> result.add(new Sums(row.getString("key"),
                row.getString("field"),
                row.getLong("received"), row.getLong("carried_over"), row.getLong("early"), row.getLong("on_time"),
                row.getLong("late"), row.getLong("refused"), row.getLong("withdrawn"), row.getLong("withdrawn_received"),
                row.getLong("overdue"),
                row.getLong("open_dated"), row.getLong("for_others"), row.getLong("received_online"),
                row.getLong("documents_total"), row.getLong("documents_digitized"), row.getLong("documents_scanned"),
                row.getLong("ratings"), row.getLong("rating_sum"), row.getLong("results_stored"),
                row.getLong("results_signed"))));
        if (groupBy.isEmpty() && result.isEmpty()) {
            result.add(Sums.none(null));
        }
        return result;
    }

    /** What was received and resolved per bucket of the period; buckets with neither are left out. */
    public List<BucketSums> series(ReportScope scope, Granularity granularity) {
        List<Object> parameters = new ArrayList<>();
        String where = grainFilter(scope, Optional.empty(), parameters);
        parameters.add(date(scope.from()));
        parameters.add(date(scope.to()));
        String sql = """
                SELECT date_trunc('%s', period)::date AS bucket,
                       sum(received_counter + received_online + received_post) AS received,
                       sum(early) AS early, sum(on_time) AS on_time, sum(late) AS late
                  FROM report_counts c WHERE %s AND kind = 'D' AND period BETWEEN ? AND ?
                 GROUP BY 1
                HAVING sum(received_counter + received_online + received_post) <> 0 OR sum(early + on_time + late) <> 0
                 ORDER BY 1""".formatted(granularity.postgres(), where);
        List<BucketSums> result = new ArrayList<>();
        ReportQueries.query(dataSource, sql, parameters, row -> result.add(new BucketSums(row.getDate("bucket").toLocalDate(),
                row.getLong("received"),
                row.getLong("early"), row.getLong("on_time"), row.getLong("late"))));
        return result;
    }

    /** The rows of the periods' spans, one range of a kind each, through the grain's index on (kind, period). */
    private static String rows(CountPeriods periods, List<Object> parameters) {
        List<String> ranges = new ArrayList<>();
        for (CountPeriods.Span span : periods.spans()) {
            String kind = "kind = '" + span.kind().code() + "'";
            if (span.first().isPresent()) {
                ranges.add("(" + kind + " AND period BETWEEN ? AND ?)");
                parameters.add(date(span.first().get()));
            } else {
                ranges.add("(" + kind + " AND period <= ?)");
            }
            parameters.add(date(span.last()));
        }
        return String.join(" OR ", ranges);
    }

    /**
     * The grain with exactly the dimensions the scope filters on and groups by (a procedure brings its field),
     * as a literal, so the planner can use the grain's partial indexes; and the scope's filters.
     */
    private static String grainFilter(ReportScope scope, Optional<Dimension> groupBy, List<Object> parameters) {
        boolean unit = scope.unit() != null || groupBy.orElse(null) == Dimension.UNIT;
        boolean procedure = scope.procedure() != null || groupBy.orElse(null) == Dimension.PROCEDURE;
        boolean field = procedure || scope.field() != null || groupBy.orElse(null) == Dimension.FIELD;
        String grain = (unit ? "u" : "") + (procedure ? "p" : field ? "f" : "");
        StringBuilder where = new StringBuilder("c.grain = '" + grain + "'");
        if (scope.unit() != null) {
            where.append(" AND c.unit_code = ?");
            parameters.add(scope.unit());
        }
        if (scope.field() != null) {
            where.append(" AND c.field_code = ?");
            parameters.add(scope.field());
        }
        if (scope.procedure() != null) {
            where.append(" AND c.procedure_code = ?");
            parameters.add(scope.procedure());
        }
        return where.toString();
    }

    private static String column(Dimension dimension) {
        return switch (dimension) {
            case UNIT -> "unit_code";
            case FIELD -> "field_code";
            case PROCEDURE -> "procedure_code";
        };
    }

    private static Date date(LocalDate day) {
        return Date.valueOf(day);
    }
}
