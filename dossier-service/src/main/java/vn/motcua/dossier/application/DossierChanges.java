package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.dossier.domain.files.FileCounts;
import vn.motcua.dossier.domain.files.FileOrigin;
import vn.motcua.dossier.domain.files.ResultFacts;
import vn.motcua.dossier.domain.intake.Applicant;
import vn.motcua.dossier.domain.intake.Representative;
import vn.motcua.dossier.domain.intake.ReceivedDocument;
import vn.motcua.dossier.domain.lifecycle.ActionCommand;
import vn.motcua.dossier.domain.lifecycle.DossierAction;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.dossier.persistence.ApplicantEntity;
import vn.motcua.dossier.persistence.DossierDocuments;
import vn.motcua.dossier.persistence.DossierFileRows;
import vn.motcua.dossier.persistence.DossierHistoryEntity;
import vn.motcua.dossier.persistence.DossierResultRows;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.outbox.OutboxWriter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes what every change of a dossier leaves behind, in the caller's transaction: the history entry
 * and the lifecycle event (in the outbox), and at intake the applicant and the documents. It is for
 * changes no request's caller makes (the overdue watch) or that happened at another time (the
 * historical import): the actor and the time are given, never read from the request or the clock.
 */
@ApplicationScoped
class DossierChanges {

    /** The history's action for a file stored for one of the dossier's documents (not one of {@link DossierAction}'s). */
    static final String ATTACH_FILE = "attach-file";

    @Inject
    OutboxWriter outbox;

    @Inject
    DossierDocuments documents;

    @Inject
    DossierFileRows files;

    @Inject
    DossierResultRows results;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /** One history entry: who did what when, from which status, and what they said. */
    void record(DossierState state, String action, DossierStatus from, ActionCommand command, String actorSubject,
                String actorRole, Instant at) {
        Boolean apologyLate = DossierMapping.apologyLate(state,
                DossierAction.RESCHEDULE.pathName().equals(action) ? DossierEventType.RESCHEDULED : null, at);
        String details = new String(EventJson.write(Map.of(
                "missingDocuments", command.missingDocuments(),
                "outcome", command.outcome() == null ? "" : command.outcome().name(),
                "newAppointmentAt", command.newAppointmentAt() == null ? "" : DossierMapping.local(command.newAppointmentAt()).toString(),
                "apologyLate", apologyLate == null ? "" : apologyLate.toString())),
                StandardCharsets.UTF_8);
        append(state.id(), new HistoryEntry(state.sequence(), action, from == null ? null : from.name(), state.status().name(), at,
                actorSubject, actorRole, command.reason(), command.reasonCode(), details));
    }

    /** A history entry as given, for a change that says something other than an action's command (a rating). */
    void append(UUID dossierId, HistoryEntry entry) {
        DossierHistoryEntity row = new DossierHistoryEntity();
        row.dossierId = dossierId;
        row.sequence = entry.sequence();
        row.action = entry.action();
        row.fromStatus = entry.fromStatus();
        row.toStatus = entry.toStatus();
        row.occurredAt = entry.occurredAt();
        row.actorSubject = entry.actorSubject();
        row.actorRole = entry.actorRole();
        row.reason = entry.reason();
        row.reasonCode = entry.reasonCode();
        row.details = entry.details();
        row.persist();
    }

    /** The dossier's history, oldest first. */
    List<HistoryEntry> history(UUID dossierId) {
        return DossierHistoryEntity.ofDossier(dossierId).stream().map(row -> new HistoryEntry(row.sequence, row.action,
                row.fromStatus, row.toStatus, row.occurredAt, row.actorSubject, row.actorRole, row.reason, row.reasonCode,
                row.details)).toList();
    }

    /**
     * The change's event, with {@code occurredAt} and the CloudEvents {@code ce_time} both the time it
     * happened, and the dossier's stored files and result as they are in this transaction.
     */
    void publish(DossierState state, DossierEventType type, Instant occurredAt) {
        append(DossierMapping.event(state, type, occurredAt, files.counts(state.id()), results.factsOf(state)));
    }

    /**
     * The event of a change whose dossier's stored files are known without counting them: a dossier just handed in
     * has none yet, nor has an imported one, whose timeline happened elsewhere ({@link FileCounts#NONE}), and neither
     * has a result file (an imported one resolved is resolved without a stored result). For an imported step
     * {@code occurredAt} is its historical time, not the time of the import.
     */
    void publish(DossierState state, DossierEventType type, Instant occurredAt, FileCounts stored) {
        append(DossierMapping.event(state, type, occurredAt, stored, ResultFacts.of(state, Optional.empty())));
    }


    /**
     * What storing a file for the document at {@code position} leaves behind, the file's row written and the dossier
     * one event further ({@link DossierState#afterFileAttached()}): a history entry saying which document and how the
     * file came, and the {@code file-attached} event with the digest and the new counts. Never the file's name.
     */
    void fileAttached(DossierState state, int position, FileOrigin origin, String sha256, String actorSubject, Instant at) {
        String details = new String(EventJson.write(Map.of("position", position, "origin", origin.name())),
                StandardCharsets.UTF_8);
        append(state.id(), new HistoryEntry(state.sequence(), ATTACH_FILE, state.status().name(), state.status().name(), at,
                actorSubject, origin.attachedAs().name(), null, null, details));
        append(DossierMapping.fileAttached(state, at, files.counts(state.id()), results.factsOf(state), position, sha256));
    }

    private void append(DossierLifecycleEvent event) {
        outbox.append(Topics.LIFECYCLE, event.dossierId().toString(), new EventEnvelope(event.eventId(),
                EventEnvelope.sourceOf(service), event.cloudEventType(), event.dossierCode(), event.occurredAt(),
                EventJson.write(event), Optional.empty()));
    }

    /** The applicant, kept apart from the dossier's public state (personal data). */
    void storeApplicant(UUID dossierId, Applicant applicant) {
        Applicant stored = applicant.normalised();
        ApplicantEntity row = new ApplicantEntity();
        row.dossierId = dossierId;
        row.kind = stored.kind().name();
        row.fullName = stored.fullName();
        row.citizenId = stored.citizenId();
        row.organisationName = stored.organisationName();
        row.taxCode = stored.taxCode();
        row.phone = stored.phone();
        row.address = stored.address();
        row.email = stored.email();
        Representative representative = stored.representative();
        if (representative != null) {
            row.representativeName = representative.fullName();
            row.representativeCitizenId = representative.citizenId();
            row.representativeCapacity = representative.capacity().name();
        }
        row.persist();
    }

    /** The documents received, in the order listed; the dossier row is flushed first, since every document refers to it. */
    void storeDocuments(UUID dossierId, List<ReceivedDocument> documents) {
        this.documents.store(dossierId, documents);
    }
}
