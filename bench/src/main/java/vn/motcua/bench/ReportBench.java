package vn.motcua.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.motcua.platform.local.ServiceName;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports at scale: fills reporting-service's read model with bulk-generated dossiers up to a total,
 * then measures {@code summary}, {@code by-unit}, {@code by-field}, {@code timeseries}, {@code index-766} and
 * {@code overdue} (a list of up to 10,000 dossiers, not an aggregate) one request at a time, over
 * varied scopes (the province or one commune, one field, a month to three years).
 */
public final class ReportBench {

    private static final int COMMUNES = 130;
    private static final int BATCH = 1_000_000;
    private static final List<String> REPORTS = List.of("summary", "by-unit", "by-field", "timeseries", "index-766", "overdue");

    private final Platform platform;
    private final int requestsPerReport;

    public ReportBench(Platform platform, boolean quick) {
        this.platform = platform;
        this.requestsPerReport = quick ? 40 : 200;
    }

    public ObjectNode measure(long dossiers) throws Exception {
        ObjectNode result = Platform.JSON.createObjectNode();
        List<String> units;
        try (Connection reporting = platform.database(ServiceName.REPORTING)) {
            units = units(reporting);
            long loadedSeconds = load(reporting, dossiers, units);
            result.put("loadSeconds", loadedSeconds);
            result.put("rowsInReadModel", count(reporting, "SELECT count(*) FROM report_dossier"));
        }
        result.put("benchDossiers", dossiers);
        String token = platform.token("analyst");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        ObjectNode reports = result.putObject("reports");
        for (String report : REPORTS) {
            List<String> queries = queries(report, today, units);
            // one untimed pass first: the first call of each query plan and of the JIT is not what users wait for
            for (String query : queries) {
                get(token, query);
            }
            LatencyHistogram latency = new LatencyHistogram();
            long failures = 0;
            for (int i = 0; i < requestsPerReport; i++) {
                String query = queries.get(i % queries.size());
                long began = System.nanoTime();
                int status = get(token, query);
                latency.recordNanos(System.nanoTime() - began);
                if (status != 200) {
                    failures++;
                }
            }
            Percentiles figures = latency.percentiles();
            System.out.printf("  %s at %,d bench dossiers: p50 %.1f ms, p99 %.1f ms, %d failed%n", report, dossiers,
                    figures.p50Ms(), figures.p99Ms(), failures);
            ObjectNode entry = reports.putObject(report);
            entry.set("latency", Platform.JSON.valueToTree(figures));
            entry.put("failures", failures);
            entry.put("exampleQuery", queries.get(0));
        }
        return result;
    }

    /** The scopes asked for, in turn: the province over a year and over three, one commune, one field, one month. */
    static List<String> queries(String report, LocalDate today, List<String> units) {
        LocalDate monthStart = today.withDayOfMonth(1);
        List<String> queries = new ArrayList<>();
        String base = "/api/v1/reports/" + report + "?";
        String year = "from=" + monthStart.minusYears(1) + "&to=" + monthStart.minusDays(1);
        String threeYears = "from=" + monthStart.minusYears(3) + "&to=" + monthStart.minusDays(1);
        String month = "from=" + monthStart.minusMonths(1) + "&to=" + monthStart.minusDays(1);
        String granularity = report.equals("timeseries") ? "&granularity=month" : "";
        queries.add(base + year + granularity);
        queries.add(base + threeYears + granularity);
        queries.add(base + year + "&unit=" + units.get(0) + granularity);
        queries.add(base + year + "&unit=" + units.get(units.size() / 2) + "&field=bench-field-03" + granularity);
        queries.add(base + month + (report.equals("timeseries") ? "&granularity=day" : ""));
        return queries;
    }

    private int get(String token, String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<Void> response = platform.http().send(HttpRequest.newBuilder(platform.uri(ServiceName.REPORTING, pathAndQuery))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    /** The communes of the read model, topped up with made-up codes to about 130 (a province's communes). */
    private static List<String> units(Connection reporting) throws SQLException {
        List<String> units = new ArrayList<>();
        try (Statement statement = reporting.createStatement();
             ResultSet rows = statement.executeQuery("SELECT code FROM report_unit WHERE kind <> 'PROVINCE' ORDER BY code")) {
            while (rows.next()) {
                units.add(rows.getString(1));
            }
        }
        for (int i = 1; units.size() < COMMUNES; i++) {
            units.add(String.valueOf(99000 + i));
        }
        return units;
    }

    /** Adds bench dossiers until there are {@code total}; returns the seconds it took (0 when they were there). */
    private static long load(Connection reporting, long total, List<String> units) throws SQLException, IOException {
        long present = count(reporting, "SELECT count(*) FROM report_dossier WHERE code LIKE 'BENCH-%'");
        if (present >= total) {
            return 0;
        }
        String insert;
        try (InputStream sql = ReportBench.class.getResourceAsStream("/bench/report-dossiers.sql")) {
            insert = new String(sql.readAllBytes(), StandardCharsets.UTF_8);
        }
        long began = System.nanoTime();
        try (Statement session = reporting.createStatement()) {
            // the per-row trigger that keeps the aggregates (issue #8) would make a bulk load crawl; recount once instead
            session.execute("SET session_replication_role = replica");
        }
        for (long from = present + 1; from <= total; from += BATCH) {
            long to = Math.min(total, from + BATCH - 1);
            try (PreparedStatement statement = reporting.prepareStatement(insert)) {
                statement.setLong(1, from);
                statement.setLong(2, to);
                statement.setArray(3, reporting.createArrayOf("text", units.toArray()));
                statement.executeUpdate();
            }
            System.out.printf("  loaded bench dossiers %,d to %,d%n", from, to);
        }
        try (Statement session = reporting.createStatement()) {
            session.execute("SET session_replication_role = DEFAULT");
            if (count(reporting, "SELECT count(*) FROM pg_proc WHERE proname = 'report_recount'") > 0) {
                session.execute("SELECT report_recount()");
            } else {
                System.out.println("  (warning: report_recount() does not exist yet: no aggregates to rebuild; "
                        + "the reports read report_dossier directly)");
            }
            session.execute("ANALYZE");
        }
        return Math.round((System.nanoTime() - began) / 1e9);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
