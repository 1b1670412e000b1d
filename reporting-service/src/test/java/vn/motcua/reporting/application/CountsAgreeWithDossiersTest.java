package vn.motcua.reporting.application;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.domain.Figures;
import vn.motcua.reporting.domain.Granularity;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.persistence.CountSums;
import vn.motcua.platform.testing.RealInfrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pre-aggregated counts give, for any scope and period, exactly the figures DOMAIN.md defines over one
 * row per dossier ({@link DossierOracle}): a year of random dossiers (received or not, resolved early, on time
 * or late, withdrawn, refused, received for another unit, with and without a due date) is written and then
 * changed the way events change it (due dates moved by pauses, dossiers resolved or withdrawn later), and
 * every report is compared with the plain count. Other tests' dossiers share the database, so comparisons
 * are retried until no consumer is writing.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class CountsAgreeWithDossiersTest {

    private static final ZoneOffset PROVINCE = ZoneOffset.ofHours(7);
    private static final String[] UNITS = {"ORC-U1", "ORC-U2", "ORC-U3", "ORC-U4"};
    private static final String[] PROCEDURES = {"ORC-P1", "ORC-P2", "ORC-P3", "ORC-P4", "ORC-P5", "ORC-P6"};
    private static final String[] FIELDS = {"ORC-F1", "ORC-F2", "ORC-F3"};
    private static final String[] CHANNELS = {"COUNTER", "ONLINE", "POST"};
    private static final Figures NOTHING = Figures.of(0, 0, 0, 0, 0, 0, 0, 0, 0);
    private static boolean written;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ReportService reports;

    @Inject
    CountSums counts;

    @BeforeEach
    void writeAYearOfDossiersThenChangeSome() throws SQLException {
        if (written) {
            return;
        }
        Random random = new Random(766);
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (int i = 0; i < 600; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                insert(connection, id, i, random);
            }
            // what later events do: move due dates (pauses), resolve, withdraw, rate
            for (int i = 0; i < 250; i++) {
                change(connection, ids.get(random.nextInt(ids.size())), random);
            }
        }
        written = true;
    }

    @Test
    void everyReportEqualsThePlainCountOfTheDossiers() {
        Random random = new Random(43);
        List<ReportScope> scopes = new ArrayList<>();
        scopes.add(new ReportScope(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, null, null));
        scopes.add(new ReportScope(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 9), UNITS[0], null, null));
        scopes.add(new ReportScope(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), null, FIELDS[1], null));
        scopes.add(new ReportScope(LocalDate.of(2024, 12, 15), LocalDate.of(2026, 2, 1), null, null, PROCEDURES[2]));
        // whole years and months, before the period and in it: what year and month rows are read for
        scopes.add(new ReportScope(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 15), null, null, null));
        scopes.add(new ReportScope(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 31), UNITS[1], null, null));
        scopes.add(new ReportScope(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), null, FIELDS[0], null));
        for (int i = 0; i < 24; i++) {
            LocalDate from = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(400) - 20);
            LocalDate to = from.plusDays(random.nextInt(i % 3 == 0 ? 10 : 200));
            String procedure = random.nextInt(4) == 0 ? PROCEDURES[random.nextInt(PROCEDURES.length)] : null;
            String field = procedure != null && random.nextBoolean() ? fieldOf(procedure)
                    : procedure == null && random.nextInt(3) == 0 ? FIELDS[random.nextInt(FIELDS.length)] : null;
            String unit = random.nextInt(3) == 0 ? UNITS[random.nextInt(UNITS.length)] : null;
            scopes.add(new ReportScope(from, to, unit, field, procedure));
        }
        for (ReportScope scope : scopes) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertAgrees(scope));
        }
    }

    @Test
    void countingAgainFromTheDossiersGivesWhatTheTriggerKept() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, List<Long>> kept = nonZeroCounts();
            try (Connection connection = dataSource.getConnection(); Statement recount = connection.createStatement()) {
                recount.execute("SELECT report_recount()");
            }
            assertThat(nonZeroCounts()).isEqualTo(kept);
        });
    }

    private void assertAgrees(ReportScope scope) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DossierOracle.Counted all = DossierOracle.count(connection, scope, null).get("all");
            CountSums.Sums sums = counts.sums(scope, java.util.Optional.empty()).get(0);
            assertThat(sums.figures()).as("summary of %s", scope).isEqualTo(all.figures());
            assertThat(List.of(sums.receivedOnline(), sums.documentsTotal(), sums.documentsAsFiles(), sums.resolvedWithResult(),
                    sums.resultsAsFiles(), sums.ratings(), sums.ratingSum())).as("index counts of %s", scope)
                    .isEqualTo(List.of(all.receivedOnline(), all.documentsTotal(), all.documentsAsFiles(), all.resolvedWithResult(),
                            all.resultsAsFiles(), all.ratings(), all.ratingSum()));

            Map<String, DossierOracle.Counted> units = DossierOracle.count(connection, scope, "competent_unit_code");
            Map<String, Long> forOthers = DossierOracle.receivedForOthers(connection, scope);
            Map<String, Object> expectedUnits = new TreeMap<>();
            units.forEach((unit, counted) -> expectedUnits.put(unit, List.of(counted.figures(), forOthers.getOrDefault(unit, 0L))));
            forOthers.forEach((unit, n) -> expectedUnits.putIfAbsent(unit, List.of(NOTHING, n)));
            Map<String, Object> actualUnits = new TreeMap<>();
            reports.byUnit(scope).forEach(row -> actualUnits.put(row.unitCode(), List.of(row.figures(), row.receivedForOtherUnits())));
            assertThat(withoutEmptyGroups(actualUnits)).as("by unit, %s", scope).isEqualTo(withoutEmptyGroups(expectedUnits));

            Map<String, Object> expectedFields = new TreeMap<>();
            DossierOracle.count(connection, scope, "field_code").forEach((field, counted) -> expectedFields.put(field, counted.figures()));
            Map<String, Object> actualFields = new TreeMap<>();
            reports.byField(scope).forEach(row -> actualFields.put(row.fieldCode(), row.figures()));
            assertThat(withoutEmptyGroups(actualFields)).as("by field, %s", scope).isEqualTo(withoutEmptyGroups(expectedFields));

            Map<String, Object> expectedProcedures = new TreeMap<>();
            DossierOracle.count(connection, scope, "procedure_code")
                    .forEach((procedure, counted) -> expectedProcedures.put(procedure, counted.figures()));
            Map<String, Object> actualProcedures = new TreeMap<>();
            reports.byProcedure(scope).forEach(row -> actualProcedures.put(row.procedureCode(), row.figures()));
            assertThat(withoutEmptyGroups(actualProcedures)).as("by procedure, %s", scope)
                    .isEqualTo(withoutEmptyGroups(expectedProcedures));

            for (Granularity granularity : Granularity.values()) {
                Map<LocalDate, List<Long>> actual = new TreeMap<>();
                reports.timeseries(scope, granularity).forEach(row -> actual.put(row.periodStart(),
                        List.of(row.received(), row.resolvedEarly(), row.resolvedOnTime(), row.resolvedLate())));
                assertThat(actual).as("%s series of %s", granularity, scope)
                        .isEqualTo(DossierOracle.series(connection, scope, granularity.postgres()));
            }
        }
    }

    /** A group with nothing in it says the same as no group: the plain count sees groups the counts do not and back. */
    private static Map<String, Object> withoutEmptyGroups(Map<String, Object> groups) {
        Map<String, Object> kept = new TreeMap<>();
        groups.forEach((key, value) -> {
            if (!value.toString().equals(emptyOf(value))) {
                kept.put(key, value);
            }
        });
        return kept;
    }

    private static String emptyOf(Object value) {
        return value instanceof List<?> ? List.of(NOTHING, 0L).toString() : NOTHING.toString();
    }

    private Map<String, List<Long>> nonZeroCounts() throws SQLException {
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement select = connection.createStatement();
             ResultSet result = select.executeQuery("SELECT * FROM report_counts ORDER BY grain, unit_code, field_code,"
                     + " procedure_code, kind, period")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Long> values = new ArrayList<>();
                for (int c = 7; c <= columns; c++) {
                    values.add(result.getLong(c));
                }
                if (values.stream().anyMatch(value -> value != 0)) {
                    rows.put(String.join("|", result.getString(1), result.getString(2), result.getString(3), result.getString(4),
                            result.getString(5), result.getString(6)), values);
                }
            }
        }
        return rows;
    }

    private static String fieldOf(String procedure) {
        return FIELDS[(procedure.charAt(procedure.length() - 1) - '1') % FIELDS.length];
    }

    private static void insert(Connection connection, UUID id, int n, Random random) throws SQLException {
        String procedure = PROCEDURES[random.nextInt(PROCEDURES.length)];
        String competent = UNITS[random.nextInt(UNITS.length)];
        String receiving = random.nextInt(5) == 0 ? UNITS[random.nextInt(UNITS.length)] : competent;
        LocalDate submitted = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
        boolean received = random.nextInt(10) > 0;
        LocalDate receivedOn = received ? submitted.plusDays(random.nextInt(3)) : null;
        OffsetDateTime due = received && random.nextInt(20) > 0
                ? receivedOn.plusDays(random.nextInt(10)).atTime(random.nextInt(24), 30).atOffset(PROVINCE) : null;
        LocalDate resolved = null;
        LocalDate withdrawn = null;
        LocalDate refused = null;
        if (!received) {
            if (random.nextBoolean()) {
                refused = submitted.plusDays(random.nextInt(2));
            } else if (random.nextBoolean()) {
                withdrawn = submitted.plusDays(random.nextInt(4));
            }
        } else if (random.nextInt(10) < 6) {
            resolved = receivedOn.plusDays(random.nextInt(14));
        } else if (random.nextInt(4) == 0) {
            withdrawn = receivedOn.plusDays(random.nextInt(20));
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO report_dossier (dossier_id, code, sequence, procedure_code, field_code, receiving_unit_code,
                    competent_unit_code, channel, status, submitted_at, received_at, received_date, due_at, resolved_at,
                    resolved_date, timeliness, refused_date, withdrawn_date, rating, documents_total, documents_as_files,
                    result_as_file, updated_at)
                VALUES (?, ?, 1, ?, ?, ?, ?, ?, 'ANY', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())""")) {
            int i = 1;
            insert.setObject(i++, id);
            insert.setString(i++, "ORC-" + n);
            insert.setString(i++, procedure);
            insert.setString(i++, fieldOf(procedure));
            insert.setString(i++, receiving);
            insert.setString(i++, competent);
            insert.setString(i++, CHANNELS[random.nextInt(CHANNELS.length)]);
            insert.setTimestamp(i++, Timestamp.from(submitted.atTime(9, 0).atOffset(PROVINCE).toInstant()));
            insert.setTimestamp(i++, receivedOn == null ? null : Timestamp.from(receivedOn.atTime(10, 0).atOffset(PROVINCE).toInstant()));
            insert.setObject(i++, receivedOn);
            insert.setTimestamp(i++, due == null ? null : Timestamp.from(due.toInstant()));
            insert.setTimestamp(i++, resolved == null ? null : Timestamp.from(resolved.atTime(15, 0).atOffset(PROVINCE).toInstant()));
            insert.setObject(i++, resolved);
            insert.setString(i++, timeliness(resolved, due));
            insert.setObject(i++, refused);
            insert.setObject(i++, withdrawn);
            if (resolved != null && random.nextBoolean()) {
                insert.setInt(i++, 1 + random.nextInt(5));
            } else {
                insert.setNull(i++, Types.INTEGER);
            }
            int documents = received ? random.nextInt(5) : 0;
            insert.setInt(i++, documents);
            insert.setInt(i++, documents == 0 ? 0 : random.nextInt(documents + 1));
            insert.setObject(i, resolved == null || random.nextInt(4) == 0 ? null : random.nextBoolean(), Types.BOOLEAN);
            insert.executeUpdate();
        }
    }

    private static void change(Connection connection, UUID id, Random random) throws SQLException {
        String sql = switch (random.nextInt(3)) {
            // a pause moves the due time of a dossier still open
            case 0 -> "UPDATE report_dossier SET due_at = due_at + make_interval(days => ?), sequence = sequence + 1"
                    + " WHERE dossier_id = ? AND resolved_date IS NULL AND withdrawn_date IS NULL AND due_at IS NOT NULL";
            // resolved later; timeliness by local dates, as dossier-service decides it
            case 1 -> "UPDATE report_dossier SET resolved_date = received_date + ?, resolved_at = received_at,"
                    + " timeliness = CASE WHEN due_date IS NULL THEN 'ON_TIME' WHEN received_date + ? < due_date THEN 'EARLY'"
                    + " WHEN received_date + ? = due_date THEN 'ON_TIME' ELSE 'LATE' END, sequence = sequence + 1"
                    + " WHERE dossier_id = ? AND received_date IS NOT NULL AND resolved_date IS NULL AND withdrawn_date IS NULL";
            default -> "UPDATE report_dossier SET withdrawn_date = coalesce(received_date, submitted_at::date) + ?,"
                    + " sequence = sequence + 1 WHERE dossier_id = ? AND resolved_date IS NULL AND withdrawn_date IS NULL"
                    + " AND refused_date IS NULL";
        };
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int days = random.nextInt(12);
            int i = 1;
            update.setInt(i++, days);
            if (sql.contains("timeliness")) {
                update.setInt(i++, days);
                update.setInt(i++, days);
            }
            update.setObject(i, id);
            update.executeUpdate();
        }
    }

    private static String timeliness(LocalDate resolved, OffsetDateTime due) {
        if (resolved == null) {
            return null;
        }
        if (due == null) {
            return "ON_TIME";
        }
        LocalDate dueOn = due.atZoneSameInstant(PROVINCE).toLocalDate();
        return resolved.isBefore(dueOn) ? "EARLY" : resolved.isEqual(dueOn) ? "ON_TIME" : "LATE";
    }
}
