package vn.motcua.dossier.application;

import com.fasterxml.jackson.core.type.TypeReference;
import vn.motcua.dossier.domain.deadline.Deadline;
import vn.motcua.dossier.domain.deadline.ProcessingTime;
import vn.motcua.dossier.domain.deadline.ProcessingTimeUnit;
import vn.motcua.dossier.domain.deadline.Timeliness;
import vn.motcua.dossier.domain.files.FileCounts;
import vn.motcua.dossier.domain.files.ResultFacts;
import vn.motcua.dossier.domain.lifecycle.ApplicantProfile;
import vn.motcua.dossier.domain.lifecycle.Apology;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.dossier.domain.lifecycle.Outcome;
import vn.motcua.dossier.persistence.DossierEntity;
import vn.motcua.platform.events.ApplicantKind;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.RepresentativeCapacity;
import vn.motcua.platform.http.time.ClockProducer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Converts between the stored dossier, the domain's state and the published event. */
final class DossierMapping {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private DossierMapping() {
    }

    static DossierState toState(DossierEntity row) {
        ProcessingTime time = ProcessingTime.of(ProcessingTimeUnit.valueOf(row.processingUnit), row.processingAmount,
                row.cutoffTime == null ? null : LocalTime.parse(row.cutoffTime));
        Deadline deadline = row.clockStartedAt == null ? null : new Deadline(
                row.clockStartedAt.atZone(ClockProducer.PROVINCE_ZONE), row.dueAt.atZone(ClockProducer.PROVINCE_ZONE),
                Duration.ofSeconds(row.pausedWorkingSeconds));
        return new DossierState(row.id, row.code, row.procedureCode, row.fieldCode, time, row.receivingUnitCode,
                row.competentUnitCode, Channel.valueOf(row.channel), row.ownerSubject,
                new ApplicantProfile(ApplicantKind.valueOf(row.applicantKind), row.representativeCapacity == null ? null
                        : RepresentativeCapacity.valueOf(row.representativeCapacity)),
                DossierStatus.valueOf(row.status),
                row.submittedAt, row.receivedAt, deadline, row.pausedSince, row.resolvedAt,
                row.outcome == null ? null : Outcome.valueOf(row.outcome), row.resultAsFile,
                row.timeliness == null ? null : Timeliness.valueOf(row.timeliness), row.newAppointmentAt, row.reasonCode,
                readStrings(row.missingDocuments), row.overdueNotified, row.rating, row.documentsTotal, row.documentsAsFiles,
                row.sequence);
    }

    /** Writes the state into the row (a new row, or the loaded one, whose revision guards the update). */
    static void write(DossierState state, DossierEntity row, Instant now) {
        row.id = state.id();
        row.code = state.code();
        row.procedureCode = state.procedureCode();
        row.fieldCode = state.fieldCode();
        row.processingUnit = state.processingTime().unit().name();
        row.processingAmount = state.processingTime().unit() == ProcessingTimeUnit.SAME_DAY ? null : state.processingTime().amount();
        row.cutoffTime = state.processingTime().sameDayCutoff().map(LocalTime::toString).orElse(null);
        row.receivingUnitCode = state.receivingUnitCode();
        row.competentUnitCode = state.competentUnitCode();
        row.channel = state.channel().name();
        row.ownerSubject = state.ownerSubject();
        row.applicantKind = state.applicant().kind().name();
        row.representativeCapacity = state.applicant().representativeCapacity() == null ? null
                : state.applicant().representativeCapacity().name();
        row.status = state.status().name();
        row.submittedAt = state.submittedAt();
        row.receivedAt = state.receivedAt();
        row.clockStartedAt = state.deadline() == null ? null : state.deadline().clockStartedAt().toInstant();
        row.dueAt = state.deadline() == null ? null : state.deadline().dueAt().toInstant();
        row.pausedWorkingSeconds = state.deadline() == null ? 0 : state.deadline().pausedWorkingTime().toSeconds();
        row.pausedSince = state.pausedSince();
        row.resolvedAt = state.resolvedAt();
        row.outcome = state.outcome() == null ? null : state.outcome().name();
        row.resultAsFile = state.resultAsFile();
        row.timeliness = state.timeliness() == null ? null : state.timeliness().name();
        row.newAppointmentAt = state.newAppointmentAt();
        row.reasonCode = state.reasonCode();
        row.missingDocuments = new String(EventJson.write(state.missingDocuments()), StandardCharsets.UTF_8);
        row.overdueNotified = state.overdueNotified();
        row.rating = state.rating();
        row.documentsTotal = state.documentsTotal();
        row.documentsAsFiles = state.documentsAsFiles();
        row.sequence = state.sequence();
        row.updatedAt = now;
        if (row.createdAt == null) {
            row.createdAt = now;
        }
    }

    /**
     * The event of a change: the full public state after it, with the dossier's stored files as counted in the same
     * transaction and what it says of its result file; never personal data.
     */
    static DossierLifecycleEvent event(DossierState state, DossierEventType type, Instant occurredAt, FileCounts files,
                                       ResultFacts result) {
        return event(state, type, occurredAt, files, result, null, null);
    }

    /**
     * The event of a file stored for the document at {@code position} (numbered from 0, as the API, the tables and
     * the event do): the digest of its bytes, never its name nor its object's key.
     */
    static DossierLifecycleEvent fileAttached(DossierState state, Instant occurredAt, FileCounts files, ResultFacts result,
                                              int position, String sha256) {
        return event(state, DossierEventType.FILE_ATTACHED, occurredAt, files, result, position, sha256);
    }

    private static DossierLifecycleEvent event(DossierState state, DossierEventType type, Instant occurredAt, FileCounts files,
                                               ResultFacts result, Integer documentPosition, String fileSha256) {
        return new DossierLifecycleEvent(UUID.randomUUID(), state.id(), state.code(), state.sequence(), type.eventName(),
                local(occurredAt), state.status(), state.status().code(), state.procedureCode(), state.fieldCode(),
                state.receivingUnitCode(), state.competentUnitCode(), state.channel(), local(state.submittedAt()),
                local(state.receivedAt()), state.deadline() == null ? null : state.deadline().dueAt().toOffsetDateTime(),
                state.deadline() == null ? null : state.deadline().pausedWorkingTime().toMinutes(), local(state.resolvedAt()),
                state.timeliness() == null ? null : vn.motcua.platform.events.Timeliness.valueOf(state.timeliness().name()),
                local(state.newAppointmentAt()), state.reasonCode(), state.rating(), state.documentsTotal(),
                state.documentsAsFiles(), state.resultAsFile(), apologyLate(state, type, occurredAt), state.applicant().kind(),
                state.applicant().representativeCapacity(), files.stored(), files.scanned(), documentPosition, fileSha256,
                result.stored(), result.signed());
    }

    /** On a rescheduled event, whether its apology came late (Mẫu 04's timing); null on other events. */
    static Boolean apologyLate(DossierState state, DossierEventType type, Instant occurredAt) {
        if (type != DossierEventType.RESCHEDULED || state.deadline() == null) {
            return null;
        }
        return Apology.isLate(occurredAt, state.deadline().dueAt());
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime();
    }

    private static List<String> readStrings(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return EventJson.mapper().readValue(json, STRINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
