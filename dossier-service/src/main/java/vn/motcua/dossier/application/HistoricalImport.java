package vn.motcua.dossier.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.motcua.dossier.domain.deadline.DueTimePolicy;
import vn.motcua.dossier.domain.files.FileCounts;
import vn.motcua.dossier.domain.intake.Admissible;
import vn.motcua.dossier.domain.intake.HandIn;
import vn.motcua.dossier.domain.intake.IntakeRefused;
import vn.motcua.dossier.domain.intake.IntakeRulebook;
import vn.motcua.dossier.domain.intake.Receiver;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.dossier.domain.lifecycle.Lifecycle;
import vn.motcua.dossier.domain.lifecycle.ReplayedStep;
import vn.motcua.dossier.domain.lifecycle.TimelineReplay;
import vn.motcua.dossier.persistence.DossierCodeCounter;
import vn.motcua.dossier.persistence.DossierEntity;
import vn.motcua.dossier.persistence.DossierImports;
import vn.motcua.dossier.persistence.UnitReplicaEntity;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.http.security.Caller;
import vn.motcua.platform.http.security.Roles;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.platform.rules.Refusal;
import vn.motcua.platform.rules.Violation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports dossiers from a legacy system with their real timelines. Each row is checked as intake
 * checks a live dossier, and its timeline is replayed through the lifecycle rules at the historical
 * times; a valid row becomes a dossier with its history and one lifecycle event per step, written in a
 * transaction of its own, so an invalid row writes nothing and does not stop the others. Importing the
 * same row again changes nothing; another row under a code already imported is refused.
 */
@ApplicationScoped
public class HistoricalImport {

    /** Rows per request: a request stays well under the transaction timeout and the body limit. */
    public static final int MAX_ROWS = 1000;

    /** The role the history records for every imported step: the legacy system's officers, not ours. */
    public static final String IMPORT_ROLE = "IMPORT";

    /** This platform's own form of code: agency code, yymmdd, daily sequence. */
    private static final Pattern GENERATED_CODE = Pattern.compile("(.+)-(\\d{6})-(\\d{4,9})");
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    // set once by the constructor; not final, so that ArC may give the bean the no-argument constructor its proxy needs
    private EntityManager entityManager;
    private CalendarService calendars;
    private DossierChanges changes;
    private Caller caller;
    private Clock clock;
    private DossierImports imports;
    private DossierCodeCounter codeCounter;

    @Inject
    HistoricalImport(EntityManager entityManager, CalendarService calendars, DossierChanges changes, Caller caller,
                     Clock clock, DossierImports imports, DossierCodeCounter codeCounter) {
        this.entityManager = entityManager;
        this.calendars = calendars;
        this.changes = changes;
        this.caller = caller;
        this.clock = clock;
        this.imports = imports;
        this.codeCounter = codeCounter;
    }

    /** Imports the rows one by one, each in its own transaction, and reports on every row. */
    public HistoricalImportReport importRows(List<HistoricalRow> rows) {
        if (!caller.hasRole(Roles.PROVINCE_ADMIN)) {
            throw Refusal.notAllowed("Historical dossiers are imported by a province admin.");
        }
        String importer = caller.subject();
        Instant now = clock.instant();
        // one calendar for the whole request: the rows of one import are counted on the same days
        Lifecycle lifecycle = new Lifecycle(new DueTimePolicy(calendars.workingCalendar()));
        List<HistoricalImportResult> results = new ArrayList<>();
        for (HistoricalRow row : rows) {
            results.add(importRow(row, lifecycle, importer, now));
        }
        return HistoricalImportReport.of(results);
    }

    private HistoricalImportResult importRow(HistoricalRow row, Lifecycle lifecycle, String importer, Instant now) {
        if (row.dossier() == null) {
            return invalid(row, row.readErrors());
        }
        String fingerprint = fingerprintOf(row.dossier());
        try {
            return QuarkusTransaction.requiringNew().call(() -> importOne(row, fingerprint, lifecycle, importer, now));
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // another import of the same code committed between our check and our insert
            return QuarkusTransaction.requiringNew().call(() -> existing(row, fingerprint).orElseThrow(() -> e));
        }
    }

    private HistoricalImportResult importOne(HistoricalRow row, String fingerprint, Lifecycle lifecycle, String importer,
                                             Instant now) {
        HistoricalDossier dossier = row.dossier();
        Optional<HistoricalImportResult> repeated = existing(row, fingerprint);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        HandIn handIn = IntakeReferences.handIn(dossier.intakeCommand(),
                new Receiver.LegacySystem(dossier.code(), dossier.ownerSubject()));
        List<Violation> errors = new ArrayList<>();
        if (IntakeRulebook.HISTORICAL.decide(handIn) instanceof IntakeRefused refused) {
            errors.addAll(refused.asViolations());
        }
        // the timeline is checked too whenever the procedure is known, so that a row's every fault is reported at once
        Optional<Admissible> draft = Admissible.draft(handIn);
        if (draft.isEmpty()) {
            return invalid(row, errors);
        }
        DossierState intake = draft.get().beforeReceipt(UUID.randomUUID(), dossier.code());
        TimelineReplay.Result replay = new TimelineReplay(lifecycle).replay(intake, dossier.timeline(), dossier.dueAt(), now);
        for (Violation problem : replay.problems()) {
            errors.add(new Violation(problem.field(), problem.message()));
        }
        if (!errors.isEmpty()) {
            return invalid(row, errors);
        }
        write(dossier, replay, fingerprint, importer, now);
        return new HistoricalImportResult(row.row(), dossier.code(), HistoricalImportAction.IMPORTED, intake.id(), List.of());
    }

    private void write(HistoricalDossier dossier, TimelineReplay.Result replay, String fingerprint, String importer, Instant now) {
        DossierState last = replay.last();
        DossierEntity entity = new DossierEntity();
        DossierMapping.write(last, entity, now);
        entity.persist();
        // the code's uniqueness is checked here, before anything else is written
        entityManager.flush();
        changes.storeApplicant(last.id(), dossier.applicant());
        changes.storeDocuments(last.id(), dossier.documents());
        for (ReplayedStep step : replay.steps()) {
            changes.record(step.after(), step.step().action(), step.from(), step.step().command(), importer, IMPORT_ROLE,
                    step.step().at());
            // the timeline happened in a legacy system: nothing of it is stored here
            changes.publish(step.after(), step.event(), step.step().at(), FileCounts.NONE);
        }
        imports.record(last.id(), fingerprint, now, importer);
        reserveCode(dossier.code(), now);
    }

    /** A row whose code is taken: the same row imported before (UNCHANGED), or a conflict (INVALID). */
    private Optional<HistoricalImportResult> existing(HistoricalRow row, String fingerprint) {
        if (blank(row.dossier().code())) {
            return Optional.empty();
        }
        Optional<DossierImports.CodeHolder> holder = imports.holderOf(row.dossier().code());
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        String stored = holder.get().fingerprintOrNull();
        if (fingerprint.equals(stored)) {
            return Optional.of(new HistoricalImportResult(row.row(), row.code(), HistoricalImportAction.UNCHANGED,
                    holder.get().dossierId(), List.of()));
        }
        return Optional.of(invalid(row, List.of(new Violation("code", stored == null
                ? "a dossier received on this platform has this code already; a legacy dossier needs a code of its own"
                : "was already imported with other data; an imported dossier is not changed by importing it again"))));
    }

    /**
     * A legacy code in this platform's own form, dated today or later, would be handed out again by
     * intake: the receiving unit's daily counter is moved past it.
     */
    private void reserveCode(String code, Instant now) {
        Matcher parts = GENERATED_CODE.matcher(code);
        if (!parts.matches()) {
            return;
        }
        LocalDate day;
        try {
            day = LocalDate.parse("20" + parts.group(2), CODE_DAY);
        } catch (DateTimeParseException e) {
            return;
        }
        if (day.isBefore(now.atZone(ClockProducer.PROVINCE_ZONE).toLocalDate())) {
            return;
        }
        for (String unit : UnitReplicaEntity.codesOfAgency(parts.group(1))) {
            codeCounter.reserve(unit, day, Integer.parseInt(parts.group(3)));
        }
    }

    /**
     * What "the same row" means: the same fields with the same values, times compared as instants
     * (so {@code 08:00+07:00} and {@code 01:00Z} agree). Only a hash is kept.
     */
    private static String fingerprintOf(HistoricalDossier dossier) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(EventJson.write(dossier)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }

    private static HistoricalImportResult invalid(HistoricalRow row, List<Violation> errors) {
        String prefix = "rows[" + row.row() + "]";
        return new HistoricalImportResult(row.row(), row.code(), HistoricalImportAction.INVALID, null, errors.stream()
                .map(error -> new Violation(error.field().isEmpty() ? prefix : prefix + "." + error.field(), error.message()))
                .toList());
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
