package vn.motcua.dossier.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.motcua.dossier.domain.deadline.DueTimePolicy;
import vn.motcua.dossier.domain.deadline.ProcessingTime;
import vn.motcua.dossier.domain.deadline.ProcessingTimeUnit;
import vn.motcua.dossier.domain.intake.IntakeViolation;
import vn.motcua.dossier.domain.intake.ReceivedAs;
import vn.motcua.dossier.domain.intake.ReceivedDocument;
import vn.motcua.dossier.domain.lifecycle.ActionRefused;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.dossier.domain.lifecycle.Lifecycle;
import vn.motcua.dossier.domain.lifecycle.ReplayedStep;
import vn.motcua.dossier.domain.lifecycle.TimelineReplay;
import vn.motcua.dossier.persistence.DossierCodeCounter;
import vn.motcua.dossier.persistence.DossierEntity;
import vn.motcua.dossier.persistence.DossierImports;
import vn.motcua.dossier.persistence.ProcedureReplicaEntity;
import vn.motcua.dossier.persistence.UnitReplicaEntity;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.rules.Violation;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.security.Caller;
import vn.motcua.platform.http.security.Roles;
import vn.motcua.platform.http.time.ClockProducer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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

    private static final Pattern CODE = Pattern.compile("\\S{1,64}");
    /** This platform's own form of code: agency code, yymmdd, daily sequence. */
    private static final Pattern GENERATED_CODE = Pattern.compile("(.+)-(\\d{6})-(\\d{4,9})");
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    EntityManager entityManager;

    @Inject
    CalendarService calendars;

    @Inject
    DossierChanges changes;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    DossierImports imports;

    @Inject
    DossierCodeCounter codeCounter;

    /** Imports the rows one by one, each in its own transaction, and reports on every row. */
    public HistoricalImportReport importRows(List<HistoricalRow> rows) {
        if (!caller.hasRole(Roles.PROVINCE_ADMIN)) {
            throw ProblemException.forbidden("Historical dossiers are imported by a province admin.");
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
        List<Violation> errors = fieldErrors(dossier);
        ProcedureReplicaEntity procedure = blank(dossier.procedureCode()) ? null : ProcedureReplicaEntity.findById(dossier.procedureCode());
        if (!blank(dossier.procedureCode()) && procedure == null) {
            errors.add(new Violation("procedureCode", "no procedure " + dossier.procedureCode() + " is in the catalogue"));
        }
        UnitReplicaEntity receiving = knownUnit("receivingUnitCode", dossier.receivingUnitCode(), errors);
        UnitReplicaEntity competent = blank(dossier.competentUnitCode()) ? receiving
                : knownUnit("competentUnitCode", dossier.competentUnitCode(), errors);
        if (procedure != null && competent != null) {
            String level = "PROVINCE".equals(competent.kind) ? "PROVINCE" : "COMMUNE";
            if (!List.of(procedure.levels.split(",")).contains(level)) {
                errors.add(new Violation(blank(dossier.competentUnitCode()) ? "receivingUnitCode" : "competentUnitCode",
                        "procedure " + procedure.code + " is carried out at " + procedure.levels + " level, not by a "
                                + level.toLowerCase(java.util.Locale.ROOT) + " unit"));
            }
        }
        if (procedure == null) {
            return invalid(row, errors);
        }
        List<ReceivedDocument> documents = dossier.documents();
        int asFiles = (int) documents.stream().filter(d -> d != null && d.receivedAs() == ReceivedAs.FILE).count();
        DossierState intake = new DossierState(UUID.randomUUID(), dossier.code(), procedure.code, procedure.fieldCode,
                processingTimeOf(procedure), dossier.receivingUnitCode(), dossier.decidingUnitCode(), dossier.channel(),
                blank(dossier.ownerSubject()) ? null : dossier.ownerSubject(), DossierStatus.SUBMITTED, null, null, null, null,
                null, null, null, null, null, null, List.of(), false, null, documents.size(), asFiles, 0);
        TimelineReplay.Result replay = new TimelineReplay(lifecycle).replay(intake, dossier.timeline(), dossier.dueAt(), now);
        for (ActionRefused.Problem problem : replay.problems()) {
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
            changes.publish(step.after(), step.event(), step.step().at());
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

    /** The row's own rules, as intake checks them, before the reference data and the timeline. */
    private static List<Violation> fieldErrors(HistoricalDossier dossier) {
        List<Violation> errors = new ArrayList<>();
        if (blank(dossier.code())) {
            errors.add(new Violation("code", "is required: the legacy system's code, kept as the dossier's code"));
        } else if (!CODE.matcher(dossier.code()).matches()) {
            errors.add(new Violation("code", "must be 1 to 64 characters without spaces"));
        }
        if (blank(dossier.procedureCode())) {
            errors.add(new Violation("procedureCode", "is required"));
        }
        if (blank(dossier.receivingUnitCode())) {
            errors.add(new Violation("receivingUnitCode", "is required"));
        }
        if (dossier.channel() == null) {
            errors.add(new Violation("channel", "is required: COUNTER, POST or ONLINE"));
        }
        if (!blank(dossier.ownerSubject())) {
            if (dossier.channel() != null && dossier.channel() != Channel.ONLINE) {
                errors.add(new Violation("ownerSubject", "only an ONLINE dossier has an owner (the citizen who submitted it)"));
            } else if (dossier.ownerSubject().length() > 255) {
                errors.add(new Violation("ownerSubject", "must be at most 255 characters"));
            }
        }
        if (dossier.applicant() == null) {
            errors.add(new Violation("applicant", "is required"));
        } else {
            for (IntakeViolation violation : dossier.applicant().violations()) {
                errors.add(new Violation("applicant." + violation.field(), violation.message()));
            }
        }
        List<ReceivedDocument> documents = dossier.documents();
        if (documents.isEmpty()) {
            errors.add(new Violation("documents", "must list the documents received (the procedure's checklist)"));
        } else if (documents.size() > 50) {
            errors.add(new Violation("documents", "must have at most 50 entries"));
        }
        for (int i = 0; i < documents.size(); i++) {
            String at = "documents[" + i + "]";
            if (documents.get(i) == null) {
                errors.add(new Violation(at, "is required"));
                continue;
            }
            for (IntakeViolation violation : documents.get(i).violations()) {
                errors.add(new Violation(violation.under(at).field(), violation.message()));
            }
        }
        return errors;
    }

    /**
     * A unit the replicas know. Unlike intake, a unit no longer active is accepted: the dossier may
     * predate its merger.
     */
    private static UnitReplicaEntity knownUnit(String field, String code, List<Violation> errors) {
        if (blank(code)) {
            return null;
        }
        UnitReplicaEntity unit = UnitReplicaEntity.findById(code);
        if (unit == null) {
            errors.add(new Violation(field, "no unit " + code + " is known"));
        }
        return unit;
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

    private static ProcessingTime processingTimeOf(ProcedureReplicaEntity procedure) {
        return ProcessingTime.of(ProcessingTimeUnit.valueOf(procedure.processingUnit), procedure.processingAmount,
                procedure.cutoffTime == null ? null : LocalTime.parse(procedure.cutoffTime));
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
