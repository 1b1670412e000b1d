package vn.motcua.reporting.application;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.events.Timeliness;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.Granularity;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.persistence.CountSums;
import vn.motcua.reporting.persistence.DossierRows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pre-aggregated counts give, for any scope and period, exactly the figures DOMAIN.md defines, counted
 * from each dossier's full event history ({@link DossierOracle}); and a closed period's figures never change.
 * Random dossiers of a year go through the consumer's own code ({@link DossierRows#save}) event by event:
 * submitted online or received at the counter (at any hour, some events stamped in UTC), refused before
 * reception or at the counter, transferred to another unit, paused and resumed (the due time moves),
 * resolved early, on time or late, withdrawn before or after reception, rated later; files stored for their
 * documents (uploaded before acceptance, scanned at the counter at reception or later, replaced), some by a
 * producer older than documentsStored (null); results stored as files at resolution, signed or not, or not stored
 * (declared as files or not), some by a producer older than resultStored (null), upgraded before the return. The events up to the end of October come first; the reports of
 * closed periods are asked; then the later events (pauses resumed, ratings, withdrawals, transfers,
 * resolutions, files stored after October), and the same reports must be identical.
 *
 * <p>Other tests' dossiers share the database under other codes. Reports scoped to this test's units, fields
 * or procedures are its own; a province-wide sum is compared once the other fields' sums are taken off it.
 * Comparisons are retried until no consumer is writing.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class CountsAgreeWithDossiersTest {

    private static final ZoneOffset PROVINCE = ZoneOffset.ofHours(7);
    private static final String PREFIX = "ORC-";
    private static final String[] UNITS = {"ORC-U1", "ORC-U2", "ORC-U3", "ORC-U4"};
    private static final String[] PROCEDURES = {"ORC-P1", "ORC-P2", "ORC-P3", "ORC-P4", "ORC-P5", "ORC-P6"};
    private static final String[] FIELDS = {"ORC-F1", "ORC-F2", "ORC-F3"};
    private static final Channel[] CHANNELS = {Channel.COUNTER, Channel.ONLINE, Channel.POST};
    /** The end of the closed periods: events after it come in the second round. */
    private static final LocalDate CLOSED = LocalDate.of(2025, 10, 31);

    private static final List<List<DossierLifecycleEvent>> HISTORIES = new ArrayList<>();
    /** How many events of each history the read model has been given. */
    private static final List<Integer> APPLIED = new ArrayList<>();
    private static boolean laterEventsWritten;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ReportService reports;

    @Inject
    CountSums counts;

    @Inject
    DossierRows dossiers;

    @BeforeEach
    void writeTheEventsUpToTheEndOfOctober() {
        if (!HISTORIES.isEmpty()) {
            return;
        }
        Random random = new Random(766);
        for (int i = 0; i < 500; i++) {
            HISTORIES.add(history(i, random));
            APPLIED.add(0);
        }
        for (int i = 500; i < 524; i++) {
            HISTORIES.add(pausedAcrossTheEndOfOctober(i, random));
            APPLIED.add(0);
        }
        OffsetDateTime end = CLOSED.plusDays(1).atStartOfDay().atOffset(PROVINCE);
        apply(event -> event.occurredAt().isBefore(end));
    }

    @Test
    void everyReportEqualsTheCountFromTheDossiersHistories() {
        // the random dossiers do exercise the documents digitized and scanned, not only zeros
        DossierOracle.Tally year = DossierOracle.count(dossiersSoFar(), new ReportScope(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), null, null, null), Optional.empty()).get("all");
        assertThat(year.documentsDigitized).isGreaterThan(100);
        assertThat(year.documentsScanned).isGreaterThan(20);
        // and results stored, signed or not, among resolutions whose results were not stored or not known to be
        assertThat(year.resultsStored).isGreaterThan(20).isLessThan(year.early + year.onTime + year.late);
        assertThat(year.resultsSigned).isGreaterThan(5).isLessThan(year.resultsStored);
        for (ReportScope scope : scopes(new Random(43), LocalDate.of(2026, 1, 31))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reported(scope))
                    .as("%s", scope).isEqualTo(expected(scope)));
        }
    }

    @Test
    void aClosedPeriodStaysAsItWasWhateverHappensAfterIt() {
        List<ReportScope> closed = scopes(new Random(17), CLOSED);
        Map<ReportScope, Map<String, Object>> before = new LinkedHashMap<>();
        for (ReportScope scope : closed) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reported(scope))
                    .as("%s before", scope).isEqualTo(expected(scope)));
            before.put(scope, reported(scope));
        }
        long changedLater = HISTORIES.stream().filter(history -> history.get(history.size() - 1).occurredAt()
                .isAfter(CLOSED.plusDays(1).atStartOfDay().atOffset(PROVINCE))).count();
        assertThat(changedLater).as("dossiers with events after the closed periods").isGreaterThan(50);
        long filedLater = HISTORIES.stream().filter(history -> history.stream().anyMatch(event ->
                event.type().equals(DossierEventType.FILE_ATTACHED.eventName()) && event.receivedAt() != null
                        && DossierOracle.local(event.receivedAt()).isBefore(CLOSED.plusDays(1))
                        && DossierOracle.local(event.occurredAt()).isAfter(CLOSED))).count();
        assertThat(filedLater).as("dossiers received by the end of the closed periods with a file stored after it")
                .isGreaterThan(10);
        long resultSaidOtherwiseLater = HISTORIES.stream().filter(history -> history.stream()
                .filter(event -> event.resolvedAt() != null).map(DossierLifecycleEvent::resultStored).distinct().count() > 1)
                .count();
        assertThat(resultSaidOtherwiseLater).as("dossiers whose events after the resolution say otherwise of the result")
                .isGreaterThan(5);

        if (!laterEventsWritten) {
            apply(event -> true);
            laterEventsWritten = true;
        }
        for (ReportScope scope : closed) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(reported(scope)).as("%s after", scope).isEqualTo(before.get(scope));
                assertThat(reported(scope)).as("%s after, from the histories", scope).isEqualTo(expected(scope));
            });
        }
        // and periods that are not closed yet do follow the later events
        for (ReportScope scope : scopes(new Random(18), LocalDate.of(2026, 1, 31))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reported(scope))
                    .as("%s", scope).isEqualTo(expected(scope)));
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

    /** Whole years and months, short and long periods, every scope, ending no later than {@code last}. */
    private static List<ReportScope> scopes(Random random, LocalDate last) {
        List<ReportScope> scopes = new ArrayList<>();
        scopes.add(new ReportScope(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 10, 31), null, null, null));
        scopes.add(new ReportScope(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31), UNITS[0], null, null));
        scopes.add(new ReportScope(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), null, FIELDS[1], null));
        scopes.add(new ReportScope(LocalDate.of(2024, 12, 15), LocalDate.of(2025, 10, 20), null, null, PROCEDURES[2]));
        scopes.add(new ReportScope(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 9), UNITS[1], FIELDS[0], null));
        for (int i = 0; i < 22; i++) {
            LocalDate to = LocalDate.of(2025, 2, 1).plusDays(random.nextInt(400));
            to = to.isAfter(last) ? last.minusDays(random.nextInt(40)) : to;
            LocalDate from = to.minusDays(random.nextInt(i % 3 == 0 ? 10 : 200));
            String procedure = random.nextInt(4) == 0 ? PROCEDURES[random.nextInt(PROCEDURES.length)] : null;
            String field = procedure != null && random.nextBoolean() ? fieldOf(procedure)
                    : procedure == null && random.nextInt(3) == 0 ? FIELDS[random.nextInt(FIELDS.length)] : null;
            String unit = random.nextInt(3) == 0 ? UNITS[random.nextInt(UNITS.length)] : null;
            scopes.add(new ReportScope(from, to, unit, field, procedure));
        }
        return scopes.stream().filter(scope -> !scope.to().isAfter(last)).toList();
    }

    /** What the reports say about this test's dossiers in the scope. */
    private Map<String, Object> reported(ReportScope scope) {
        Map<String, Object> answer = new TreeMap<>();
        // the scope's sums, less those of other tests' fields (a scope naming a unit, field or procedure has none)
        List<Long> all = new ArrayList<>(numbers(counts.sums(scope, Optional.empty()).get(0)));
        for (CountSums.Sums field : counts.sums(scope, Optional.of(Dimension.FIELD))) {
            if (!field.key().startsWith(PREFIX)) {
                List<Long> others = numbers(field);
                for (int i = 0; i < all.size(); i++) {
                    all.set(i, all.get(i) - others.get(i));
                }
            }
        }
        answer.put("sums", all);
        Map<String, Object> units = new TreeMap<>();
        reports.byUnit(scope).stream().filter(row -> row.unitCode().startsWith(PREFIX))
                .forEach(row -> units.put(row.unitCode(), List.of(row.figures(), row.receivedForOtherUnits(), row.digitization())));
        answer.put("by unit", withoutEmptyGroups(units));
        Map<String, Object> fields = new TreeMap<>();
        reports.byField(scope).stream().filter(row -> row.fieldCode().startsWith(PREFIX))
                .forEach(row -> fields.put(row.fieldCode(), List.of(row.figures(), row.digitization())));
        answer.put("by field", withoutEmptyGroups(fields));
        Map<String, Object> procedures = new TreeMap<>();
        reports.byProcedure(scope).stream().filter(row -> row.procedureCode().startsWith(PREFIX))
                .forEach(row -> procedures.put(row.procedureCode(), row.figures()));
        answer.put("by procedure", withoutEmptyGroups(procedures));
        if (ownScope(scope)) {
            for (Granularity granularity : Granularity.values()) {
                Map<LocalDate, List<Long>> series = new TreeMap<>();
                reports.timeseries(scope, granularity).forEach(row -> series.put(row.periodStart(),
                        List.of(row.received(), row.resolvedEarly(), row.resolvedOnTime(), row.resolvedLate())));
                answer.put("series by " + granularity, series);
            }
        }
        // in the order of the oracle (the database may order codes by another collation)
        answer.put("overdue", reports.overdue(scope).stream().filter(row -> row.dossierCode().startsWith(PREFIX))
                .map(row -> new DossierOracle.Overdue(row.dossierCode(), row.competentUnitCode(), row.dueAt().toInstant()))
                .sorted(DossierOracle.Overdue.ORDER).toList());
        return answer;
    }

    /** The dossiers as the events applied so far tell them. */
    private static List<DossierOracle.Dossier> dossiersSoFar() {
        List<DossierOracle.Dossier> dossiers = new ArrayList<>();
        for (int i = 0; i < HISTORIES.size(); i++) {
            if (APPLIED.get(i) > 0) {
                dossiers.add(new DossierOracle.Dossier(HISTORIES.get(i).subList(0, APPLIED.get(i))));
            }
        }
        return dossiers;
    }

    /** What the same reports must say, from the histories of the events applied so far. */
    private static Map<String, Object> expected(ReportScope scope) {
        List<DossierOracle.Dossier> dossiers = dossiersSoFar();
        Map<String, Object> answer = new TreeMap<>();
        answer.put("sums", DossierOracle.count(dossiers, scope, Optional.empty())
                .getOrDefault("all", new DossierOracle.Tally()).numbers());
        Map<String, Long> forOthers = DossierOracle.receivedForOthers(dossiers, scope);
        Map<String, Object> units = new TreeMap<>();
        DossierOracle.count(dossiers, scope, Optional.of(Dimension.UNIT))
                .forEach((unit, tally) -> units.put(unit, List.of(tally.figures(), forOthers.getOrDefault(unit, 0L),
                        tally.digitization())));
        DossierOracle.Tally none = new DossierOracle.Tally();
        forOthers.forEach((unit, n) -> units.putIfAbsent(unit, List.of(none.figures(), n, none.digitization())));
        answer.put("by unit", withoutEmptyGroups(units));
        Map<String, Object> fields = new TreeMap<>();
        DossierOracle.count(dossiers, scope, Optional.of(Dimension.FIELD))
                .forEach((field, tally) -> fields.put(field, List.of(tally.figures(), tally.digitization())));
        answer.put("by field", withoutEmptyGroups(fields));
        Map<String, Object> procedures = new TreeMap<>();
        DossierOracle.count(dossiers, scope, Optional.of(Dimension.PROCEDURE))
                .forEach((procedure, tally) -> procedures.put(procedure, tally.figures()));
        answer.put("by procedure", withoutEmptyGroups(procedures));
        if (ownScope(scope)) {
            for (Granularity granularity : Granularity.values()) {
                answer.put("series by " + granularity, DossierOracle.series(dossiers, scope, granularity));
            }
        }
        answer.put("overdue", DossierOracle.overdue(dossiers, scope));
        return answer;
    }

    /** The numbers of a scope's sums, in the order of {@link DossierOracle.Tally#numbers()}. */
    private static List<Long> numbers(CountSums.Sums sums) {
        return List.of(sums.received(), sums.carriedOver(), sums.early(), sums.onTime(), sums.late(), sums.refused(),
                sums.withdrawn(), sums.withdrawnReceived(), sums.overdue(), sums.openWithDueDate(), sums.receivedOnline(),
                sums.documentsTotal(), sums.documentsDigitized(), sums.documentsScanned(), sums.ratings(), sums.ratingSum(),
                sums.resultsStored(), sums.resultsSigned());
    }

    /** A scope naming one of this test's units, fields or procedures holds only its dossiers. */
    private static boolean ownScope(ReportScope scope) {
        return scope.unit() != null || scope.field() != null || scope.procedure() != null;
    }

    /** A group with nothing in it says the same as no group: the counts may keep rows that sum to nothing. */
    private static Map<String, Object> withoutEmptyGroups(Map<String, Object> groups) {
        DossierOracle.Tally none = new DossierOracle.Tally();
        List<String> nothing = List.of(none.figures().toString(), List.of(none.figures(), 0L, none.digitization()).toString(),
                List.of(none.figures(), none.digitization()).toString());
        Map<String, Object> kept = new TreeMap<>();
        groups.forEach((key, value) -> {
            if (!nothing.contains(value.toString())) {
                kept.put(key, value);
            }
        });
        return kept;
    }

    /** Gives the read model the events not applied yet that {@code now} selects, dossier by dossier, in order. */
    private void apply(java.util.function.Predicate<DossierLifecycleEvent> now) {
        for (int i = 0; i < HISTORIES.size(); i++) {
            List<DossierLifecycleEvent> history = HISTORIES.get(i);
            int applied = APPLIED.get(i);
            while (applied < history.size() && now.test(history.get(applied))) {
                dossiers.save(history.get(applied));
                applied++;
            }
            APPLIED.set(i, applied);
        }
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

    /**
     * One dossier's events: submitted online or handed in (refused at the counter, or received at any hour),
     * then perhaps transferred, paused and resumed (the due time moves by the days paused), resolved (its
     * timeliness by local dates against the due time then), withdrawn, or left open; rated after its return.
     */
    private static List<DossierLifecycleEvent> history(int n, Random random) {
        Timeline timeline = new Timeline(n, random);
        OffsetDateTime submitted = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300))
                .atTime(7 + random.nextInt(17), random.nextInt(60)).atOffset(PROVINCE);
        timeline.now = submitted;
        timeline.submittedAt = submitted;
        if (timeline.channel != Channel.ONLINE && random.nextInt(12) == 0) {
            // refused at the counter as it was handed in: its only event, never received
            timeline.emit(DossierEventType.REFUSED, DossierStatus.REFUSED);
            return timeline.events;
        }
        if (timeline.channel == Channel.ONLINE) {
            timeline.emit(DossierEventType.SUBMITTED, DossierStatus.SUBMITTED);
            // the owner uploads files before acceptance (they count on the day received, or nowhere if never received)
            for (int upload = random.nextInt(timeline.documents + 2); upload > 0; upload--) {
                timeline.attach(random, 1, false);
            }
            int fate = random.nextInt(10);
            if (fate == 0) {
                timeline.later(random, 3);
                timeline.emit(DossierEventType.REFUSED, DossierStatus.REFUSED);
                return timeline.events;
            }
            if (fate == 1) {
                timeline.later(random, 5);
                timeline.emit(DossierEventType.WITHDRAWN, DossierStatus.WITHDRAWN);
                return timeline.events;
            }
            timeline.later(random, 3);
        }
        timeline.receivedAt = timeline.now;
        if (timeline.channel != Channel.ONLINE && timeline.knowsFiles && random.nextBoolean()) {
            // paper scanned at the counter as it is received: the received event carries them
            timeline.stored = random.nextInt(timeline.documents + 1);
            timeline.scanned = timeline.stored;
        }
        if (random.nextInt(15) > 0) {
            timeline.dueAt = timeline.now.toLocalDate().plusDays(1 + random.nextInt(12))
                    .atTime(random.nextBoolean() ? LocalTime.of(17, 0) : LocalTime.of(10, 30)).atOffset(PROVINCE);
        }
        timeline.emit(DossierEventType.RECEIVED, DossierStatus.RECEIVED);
        if (random.nextInt(4) == 0) {
            // scanned at the counter later the same day (or, late in the evening, the next)
            timeline.attach(random, 0, true);
        }
        timeline.later(random, 2);
        if (!timeline.knowsFiles && random.nextBoolean()) {
            // dossier-service was upgraded meanwhile: its events carry the counts from now on
            timeline.knowsFiles = true;
        }
        timeline.emit(DossierEventType.STARTED, DossierStatus.IN_PROGRESS);
        for (int step = 0; step < 3; step++) {
            switch (random.nextInt(4)) {
                case 0 -> {
                    // transferred: another unit becomes competent, the due time stays
                    timeline.later(random, 3);
                    timeline.competent = UNITS[random.nextInt(UNITS.length)];
                    timeline.emit(DossierEventType.STARTED, DossierStatus.IN_PROGRESS);
                }
                case 1 -> {
                    // paused, and on resuming the due time moves by the days paused
                    timeline.later(random, 4);
                    timeline.emit(DossierEventType.SUSPENDED, DossierStatus.SUSPENDED);
                    OffsetDateTime paused = timeline.now;
                    timeline.later(random, 40);
                    if (timeline.dueAt != null) {
                        timeline.dueAt = timeline.dueAt.plusDays(Duration.between(paused, timeline.now).toDays() + 1);
                    }
                    timeline.emit(DossierEventType.RESUMED, DossierStatus.IN_PROGRESS);
                }
                case 2 -> {
                    // a file stored later (a supplement uploaded or scanned at the counter), or a file replaced
                    timeline.attach(random, 10, random.nextBoolean());
                }
                default -> {
                    // nothing that counts
                }
            }
        }
        int end = random.nextInt(10);
        if (end < 6) {
            timeline.later(random, 10);
            timeline.resolvedAt = timeline.now;
            LocalDate dueOn = timeline.dueAt == null ? null : DossierOracle.local(timeline.dueAt);
            LocalDate resolvedOn = DossierOracle.local(timeline.now);
            timeline.timeliness = dueOn == null || resolvedOn.isEqual(dueOn) ? Timeliness.ON_TIME
                    : resolvedOn.isBefore(dueOn) ? Timeliness.EARLY : Timeliness.LATE;
            timeline.resultAsFile = random.nextInt(4) == 0 ? null : random.nextBoolean();
            timeline.issueResult();
            timeline.emit(DossierEventType.RESOLVED, DossierStatus.RESOLVED);
            timeline.later(random, 3);
            if (!timeline.knowsResults && timeline.results.nextInt(3) == 0) {
                // dossier-service was upgraded after the resolution: its later events say what it knows of the result
                // now, which changes nothing the day of resolution counted
                timeline.knowsResults = true;
                timeline.resultStored = timeline.results.nextBoolean();
            }
            timeline.emit(DossierEventType.RETURNED, DossierStatus.RETURNED);
            if (random.nextBoolean()) {
                timeline.later(random, 40);
                timeline.rating = 1 + random.nextInt(5);
                timeline.emit(DossierEventType.RATED, DossierStatus.RETURNED);
            }
        } else if (end < 8) {
            timeline.later(random, 30);
            timeline.emit(DossierEventType.WITHDRAWN, DossierStatus.WITHDRAWN);
        }
        return timeline.events;
    }

    /**
     * A dossier received in October that falls due while paused, so that it is overdue at the end of October;
     * resumed in November (the due time moves on), then transferred, withdrawn, or resolved and rated. Under
     * counts that followed the latest due time, each of these would have changed October's figures.
     */
    private static List<DossierLifecycleEvent> pausedAcrossTheEndOfOctober(int n, Random random) {
        Timeline timeline = new Timeline(n, random);
        timeline.now = LocalDate.of(2025, 10, 15).plusDays(n % 6).atTime(9, 0).atOffset(PROVINCE);
        timeline.submittedAt = timeline.now;
        timeline.receivedAt = timeline.now;
        timeline.dueAt = timeline.now.toLocalDate().plusDays(4).atTime(17, 0).atOffset(PROVINCE);
        timeline.emit(DossierEventType.RECEIVED, DossierStatus.RECEIVED);
        timeline.now = timeline.now.plusDays(2);
        timeline.emit(DossierEventType.SUSPENDED, DossierStatus.SUSPENDED);
        timeline.now = LocalDate.of(2025, 11, 3).plusDays(n % 7).atTime(10, 0).atOffset(PROVINCE);
        timeline.dueAt = timeline.dueAt.plusDays(20);
        timeline.emit(DossierEventType.RESUMED, DossierStatus.IN_PROGRESS);
        // a paper scanned at the counter in November: it counts in November, under the unit competent then
        timeline.knowsFiles = true;
        timeline.attach(random, 0, true);
        timeline.now = timeline.now.plusDays(1);
        switch (n % 3) {
            case 0 -> {
                timeline.competent = UNITS[(java.util.Arrays.asList(UNITS).indexOf(timeline.competent) + 1) % UNITS.length];
                timeline.emit(DossierEventType.STARTED, DossierStatus.IN_PROGRESS);
            }
            case 1 -> timeline.emit(DossierEventType.WITHDRAWN, DossierStatus.WITHDRAWN);
            default -> {
                timeline.resolvedAt = timeline.now;
                timeline.timeliness = Timeliness.EARLY;
                timeline.resultAsFile = true;
                timeline.knowsResults = true;
                timeline.issueResult();
                timeline.emit(DossierEventType.RESOLVED, DossierStatus.RESOLVED);
                timeline.now = timeline.now.plusDays(10);
                timeline.rating = 1 + random.nextInt(5);
                timeline.emit(DossierEventType.RATED, DossierStatus.RESOLVED);
            }
        }
        return timeline.events;
    }

    /** A dossier's public state as it changes, and the snapshots it has published so far. */
    private static final class Timeline {
        final List<DossierLifecycleEvent> events = new ArrayList<>();
        final UUID id = UUID.randomUUID();
        final String code;
        final String procedure;
        final String receiving;
        final Channel channel;
        final int documents;
        final int documentsAsFiles;
        /** Whether the producer writes documentsStored and documentsScanned (older events carry null). */
        boolean knowsFiles;
        /** Whether the producer writes resultStored and resultSigned (older events carry null). */
        boolean knowsResults;
        /** Draws what concerns results apart, so that the dossiers' other draws stay as they were before results. */
        final Random results;
        Boolean resultStored;
        Boolean resultSigned;
        int stored;
        int scanned;
        DossierStatus status;
        Integer position;
        String sha256;
        String competent;
        OffsetDateTime now;
        OffsetDateTime submittedAt;
        OffsetDateTime receivedAt;
        OffsetDateTime dueAt;
        OffsetDateTime resolvedAt;
        Timeliness timeliness;
        Boolean resultAsFile;
        Integer rating;
        final Random random;

        Timeline(int n, Random random) {
            this.random = random;
            code = PREFIX + n;
            procedure = PROCEDURES[random.nextInt(PROCEDURES.length)];
            competent = UNITS[random.nextInt(UNITS.length)];
            receiving = random.nextInt(5) == 0 ? UNITS[random.nextInt(UNITS.length)] : competent;
            channel = CHANNELS[random.nextInt(CHANNELS.length)];
            documents = random.nextInt(5);
            documentsAsFiles = documents == 0 ? 0 : random.nextInt(documents + 1);
            knowsFiles = random.nextInt(6) > 0;
            results = new Random(2020L + n);
            knowsResults = results.nextInt(5) > 0;
        }

        /**
         * The result issued at resolution: stored as an electronic file (signed or not), or not, whatever was declared;
         * an older producer says nothing of it.
         */
        void issueResult() {
            if (knowsResults) {
                resultStored = results.nextInt(5) < 2;
                resultSigned = resultStored ? results.nextBoolean() : null;
                resultAsFile = resultStored ? Boolean.TRUE : resultAsFile;
            }
        }

        /**
         * Some time later, a file stored for one of the documents: uploaded, or scanned at the counter. The first
         * file of a document raises the count; a file replacing one does not.
         */
        void attach(Random random, int days, boolean atCounter) {
            if (!knowsFiles || documents == 0) {
                return;
            }
            later(random, days);
            if (stored < documents && (stored == 0 || random.nextInt(4) > 0)) {
                stored++;
                scanned += atCounter ? 1 : 0;
            }
            position = 1 + random.nextInt(documents);
            sha256 = String.format("%064x", new java.math.BigInteger(256, random));
            emit(DossierEventType.FILE_ATTACHED, status);
            position = null;
            sha256 = null;
        }

        /** Some time later: days, at a working hour or late in the evening. */
        void later(Random random, int days) {
            LocalDate day = now.toLocalDate().plusDays(random.nextInt(days + 1));
            LocalTime time = random.nextInt(6) == 0 ? LocalTime.of(23, 30) : LocalTime.of(7 + random.nextInt(10), random.nextInt(60));
            OffsetDateTime next = day.atTime(time).atOffset(PROVINCE);
            now = next.isAfter(now) ? next : now.plusMinutes(1);
        }

        void emit(DossierEventType type, DossierStatus status) {
            // some producers stamp in UTC: the local day is the province's, whatever the offset
            OffsetDateTime occurredAt = random.nextInt(4) == 0 ? now.withOffsetSameInstant(ZoneOffset.UTC) : now;
            events.add(new DossierLifecycleEvent(UUID.randomUUID(), id, code, events.size() + 1, type.eventName(), occurredAt,
                    status, status.code(), procedure, fieldOf(procedure), receiving, competent, channel,
                    submittedAt, receivedAt, dueAt, 0L, resolvedAt, timeliness, null, null, rating,
                    documents, documentsAsFiles, resultAsFile, null, null, null, knowsFiles ? stored : null,
                    knowsFiles ? scanned : null, position, sha256, resultStored, resultSigned));
            this.status = status;
        }
    }
}
