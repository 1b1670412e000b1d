package vn.motcua.reporting.application;

import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.reporting.domain.Digitization;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.Figures;
import vn.motcua.reporting.domain.Granularity;
import vn.motcua.reporting.domain.ReportScope;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * DOMAIN.md's figures counted the plain way, dossier by dossier, from each dossier's full event history
 * (the events as the lifecycle topic carries them): the yardstick the pre-aggregated counts must always
 * agree with. Each fact of a day counts under the competent unit in force at the end of that day (documents
 * digitized: on the day of reception for the files stored by then, on the day of each later file; results stored
 * and signed: on the day of resolution, as the resolved event said them); what is
 * open is read as of the end of the day before {@code from} (carried over) and of {@code to} (in progress),
 * with the due time in force then. Slow on purpose and kept to tests.
 */
final class DossierOracle {

    /** The numbers a scope's sums hold, in the order of {@code CountsAgreeWithDossiersTest.numbers}. */
    static final class Tally {
        long received;
        long carriedOver;
        long early;
        long onTime;
        long late;
        long refused;
        long withdrawn;
        long withdrawnReceived;
        long overdue;
        long openWithDueDate;
        long receivedForOthers;
        long receivedOnline;
        long documentsTotal;
        long documentsDigitized;
        long documentsScanned;
        long ratings;
        long ratingSum;
        long resultsStored;
        long resultsSigned;

        Figures figures() {
            return Figures.of(received, carriedOver, early, onTime, late, openWithDueDate - overdue, overdue, refused, withdrawn,
                    withdrawnReceived);
        }

        Digitization digitization() {
            return Digitization.of(documentsTotal, documentsDigitized, documentsScanned, early + onTime + late, resultsStored,
                    resultsSigned);
        }

        List<Long> numbers() {
            return List.of(received, carriedOver, early, onTime, late, refused, withdrawn, withdrawnReceived, overdue,
                    openWithDueDate, receivedOnline, documentsTotal, documentsDigitized, documentsScanned, ratings, ratingSum,
                    resultsStored, resultsSigned);
        }
    }

    /** One dossier as its events so far tell it (in sequence order). */
    record Dossier(List<DossierLifecycleEvent> events) {

        DossierLifecycleEvent last() {
            return events.get(events.size() - 1);
        }

        /** Its state at the end of a local day: the last event of that day or before, or its first event. */
        DossierLifecycleEvent asOf(LocalDate day) {
            DossierLifecycleEvent state = events.get(0);
            for (DossierLifecycleEvent event : events) {
                if (!local(event.occurredAt()).isAfter(day)) {
                    state = event;
                }
            }
            return state;
        }

        String unitAt(LocalDate day) {
            return asOf(day).competentUnitCode();
        }

        LocalDate received() {
            return local(last().receivedAt());
        }

        LocalDate resolved() {
            return local(last().resolvedAt());
        }

        /** The first event showing it resolved: the resolved event, whose snapshot says whether the result is stored. */
        Optional<DossierLifecycleEvent> resolution() {
            return events.stream().filter(event -> event.resolvedAt() != null).findFirst();
        }

        /** The local day of the first event in a status, such as the refusal or the withdrawal. */
        LocalDate firstIn(DossierStatus status) {
            return events.stream().filter(event -> event.status() == status).findFirst()
                    .map(event -> local(event.occurredAt())).orElse(null);
        }

        LocalDate rated() {
            return events.stream().filter(event -> event.rating() != null).findFirst()
                    .map(event -> local(event.occurredAt())).orElse(null);
        }

        /** Received by the end of the day and neither resolved nor withdrawn by then. */
        boolean openAtEndOf(LocalDate day) {
            LocalDate withdrawn = firstIn(DossierStatus.WITHDRAWN);
            return received() != null && !received().isAfter(day)
                    && (resolved() == null || resolved().isAfter(day)) && (withdrawn == null || withdrawn.isAfter(day));
        }
    }

    /** An open dossier past the due time in force at the end of {@code to}. */
    record Overdue(String code, String unit, Instant dueAt) {
        static final Comparator<Overdue> ORDER = Comparator.comparing(Overdue::dueAt).thenComparing(Overdue::code);
    }

    private DossierOracle() {
    }

    /** The scope's numbers, per group of {@code groupBy} (the unit in force at each fact's day), or under "all". */
    static Map<String, Tally> count(List<Dossier> dossiers, ReportScope scope, Optional<Dimension> groupBy) {
        Map<String, Tally> groups = new TreeMap<>();
        LocalDate before = scope.from().minusDays(1);
        for (Dossier dossier : dossiers) {
            DossierLifecycleEvent last = dossier.last();
            LocalDate received = dossier.received();
            if (in(received, scope)) {
                tally(groups, dossier, received, scope, groupBy).ifPresent(t -> {
                    t.received++;
                    t.receivedOnline += last.channel().name().equals("ONLINE") ? 1 : 0;
                    t.documentsTotal += last.documentsTotal() == null ? 0 : last.documentsTotal();
                });
            }
            if (received != null) {
                // each rise of the most documents stored (and scanned) so far, on its day, or on the day received
                // for those stored before; a dossier never received counts none
                long stored = 0;
                long scanned = 0;
                for (DossierLifecycleEvent event : dossier.events()) {
                    long nowStored = Math.max(stored, event.documentsStored() == null ? 0 : event.documentsStored());
                    long nowScanned = Math.max(scanned, event.documentsScanned() == null ? 0 : event.documentsScanned());
                    LocalDate day = later(local(event.occurredAt()), received);
                    long digitized = nowStored - stored;
                    long scans = nowScanned - scanned;
                    if (in(day, scope) && (digitized > 0 || scans > 0)) {
                        tally(groups, dossier, day, scope, groupBy).ifPresent(t -> {
                            t.documentsDigitized += digitized;
                            t.documentsScanned += scans;
                        });
                    }
                    stored = nowStored;
                    scanned = nowScanned;
                }
            }
            if (dossier.openAtEndOf(before)) {
                tally(groups, dossier, before, scope, groupBy).ifPresent(t -> t.carriedOver++);
            }
            if (in(dossier.resolved(), scope)) {
                // a result declared as a file but not stored, or not known to be (an older event), counts as not stored
                DossierLifecycleEvent resolution = dossier.resolution().orElseThrow();
                boolean stored = Boolean.TRUE.equals(resolution.resultStored());
                tally(groups, dossier, dossier.resolved(), scope, groupBy).ifPresent(t -> {
                    switch (last.timeliness()) {
                        case EARLY -> t.early++;
                        case ON_TIME -> t.onTime++;
                        default -> t.late++;
                    }
                    t.resultsStored += stored ? 1 : 0;
                    t.resultsSigned += stored && Boolean.TRUE.equals(resolution.resultSigned()) ? 1 : 0;
                });
            }
            LocalDate refused = dossier.firstIn(DossierStatus.REFUSED);
            if (in(refused, scope)) {
                tally(groups, dossier, refused, scope, groupBy).ifPresent(t -> t.refused++);
            }
            LocalDate withdrawn = dossier.firstIn(DossierStatus.WITHDRAWN);
            if (in(withdrawn, scope)) {
                tally(groups, dossier, withdrawn, scope, groupBy).ifPresent(t -> {
                    t.withdrawn++;
                    t.withdrawnReceived += received == null ? 0 : 1;
                });
            }
            if (in(dossier.rated(), scope)) {
                tally(groups, dossier, dossier.rated(), scope, groupBy).ifPresent(t -> {
                    t.ratings++;
                    t.ratingSum += last.rating();
                });
            }
            if (dossier.openAtEndOf(scope.to())) {
                OffsetDateTime due = dossier.asOf(scope.to()).dueAt();
                tally(groups, dossier, scope.to(), scope, groupBy).ifPresent(t -> {
                    t.openWithDueDate += due == null ? 0 : 1;
                    t.overdue += due != null && !local(due).isAfter(scope.to()) ? 1 : 0;
                });
            }
        }
        return groups;
    }

    /** Per receiving unit, the dossiers it received in the period for another unit competent at the end of that day. */
    static Map<String, Long> receivedForOthers(List<Dossier> dossiers, ReportScope scope) {
        Map<String, Long> result = new TreeMap<>();
        for (Dossier dossier : dossiers) {
            DossierLifecycleEvent last = dossier.last();
            LocalDate received = dossier.received();
            if (in(received, scope) && !last.receivingUnitCode().equals(dossier.unitAt(received))
                    && (scope.unit() == null || scope.unit().equals(last.receivingUnitCode()))
                    && (scope.field() == null || scope.field().equals(last.fieldCode()))
                    && (scope.procedure() == null || scope.procedure().equals(last.procedureCode()))) {
                result.merge(last.receivingUnitCode(), 1L, Long::sum);
            }
        }
        return result;
    }

    /** Per bucket start: received, early, on time, late; buckets with none of them left out. */
    static Map<LocalDate, List<Long>> series(List<Dossier> dossiers, ReportScope scope, Granularity granularity) {
        Map<LocalDate, long[]> buckets = new TreeMap<>();
        for (Dossier dossier : dossiers) {
            LocalDate received = dossier.received();
            if (in(received, scope) && inScope(dossier, received, scope)) {
                buckets.computeIfAbsent(bucket(received, granularity), day -> new long[4])[0]++;
            }
            LocalDate resolved = dossier.resolved();
            if (in(resolved, scope) && inScope(dossier, resolved, scope)) {
                int slot = switch (dossier.last().timeliness()) {
                    case EARLY -> 1;
                    case ON_TIME -> 2;
                    default -> 3;
                };
                buckets.computeIfAbsent(bucket(resolved, granularity), day -> new long[4])[slot]++;
            }
        }
        Map<LocalDate, List<Long>> lists = new TreeMap<>();
        buckets.forEach((day, counts) -> lists.put(day, List.of(counts[0], counts[1], counts[2], counts[3])));
        return lists;
    }

    /** The dossiers open at the end of {@code to} and past the due time in force then, by due time and code. */
    static List<Overdue> overdue(List<Dossier> dossiers, ReportScope scope) {
        List<Overdue> result = new ArrayList<>();
        for (Dossier dossier : dossiers) {
            OffsetDateTime due = dossier.asOf(scope.to()).dueAt();
            if (dossier.openAtEndOf(scope.to()) && due != null && !local(due).isAfter(scope.to())
                    && inScope(dossier, scope.to(), scope)) {
                result.add(new Overdue(dossier.last().dossierCode(), dossier.unitAt(scope.to()), due.toInstant()));
            }
        }
        result.sort(Overdue.ORDER);
        return result;
    }

    static LocalDate local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ClockProducer.PROVINCE_ZONE).toLocalDate();
    }

    private static Optional<Tally> tally(Map<String, Tally> groups, Dossier dossier, LocalDate day, ReportScope scope,
                                         Optional<Dimension> groupBy) {
        if (!inScope(dossier, day, scope)) {
            return Optional.empty();
        }
        DossierLifecycleEvent last = dossier.last();
        String key = groupBy.map(by -> switch (by) {
            case UNIT -> dossier.unitAt(day);
            case FIELD -> last.fieldCode();
            case PROCEDURE -> last.procedureCode();
        }).orElse("all");
        return Optional.of(groups.computeIfAbsent(key, k -> new Tally()));
    }

    /** Whether the dossier is in the scope on a day: its unit in force at the end of it, its field and procedure. */
    private static boolean inScope(Dossier dossier, LocalDate day, ReportScope scope) {
        DossierLifecycleEvent last = dossier.last();
        return (scope.unit() == null || scope.unit().equals(dossier.unitAt(day)))
                && (scope.field() == null || scope.field().equals(last.fieldCode()))
                && (scope.procedure() == null || scope.procedure().equals(last.procedureCode()));
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static boolean in(LocalDate day, ReportScope scope) {
        return day != null && !day.isBefore(scope.from()) && !day.isAfter(scope.to());
    }

    private static LocalDate bucket(LocalDate day, Granularity granularity) {
        return switch (granularity) {
            case DAY -> day;
            case WEEK -> day.with(DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
        };
    }
}
