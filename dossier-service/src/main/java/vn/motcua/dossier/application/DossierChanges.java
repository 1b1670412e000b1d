package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import vn.motcua.dossier.domain.intake.Applicant;
import vn.motcua.dossier.domain.intake.ReceivedDocument;
import vn.motcua.dossier.domain.lifecycle.ActionCommand;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.dossier.persistence.ApplicantEntity;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.outbox.OutboxWriter;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxWriter outbox;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /** One history entry: who did what when, from which status, and what they said. */
    void record(DossierState state, String action, DossierStatus from, ActionCommand command, String actorSubject,
                String actorRole, Instant at) {
        String details = new String(EventJson.write(Map.of(
                "missingDocuments", command.missingDocuments(),
                "outcome", command.outcome() == null ? "" : command.outcome().name(),
                "newAppointmentAt", command.newAppointmentAt() == null ? "" : DossierMapping.local(command.newAppointmentAt()).toString())),
                StandardCharsets.UTF_8);
        entityManager.createNativeQuery("""
                INSERT INTO dossier_history (dossier_id, sequence, action, from_status, to_status, occurred_at, actor_subject,
                                             actor_role, reason, reason_code, details)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""")
                .setParameter(1, state.id()).setParameter(2, state.sequence()).setParameter(3, action)
                .setParameter(4, from == null ? null : from.name()).setParameter(5, state.status().name())
                .setParameter(6, Timestamp.from(at)).setParameter(7, actorSubject).setParameter(8, actorRole)
                .setParameter(9, command.reason()).setParameter(10, command.reasonCode()).setParameter(11, details)
                .executeUpdate();
    }

    /**
     * The change's event, with {@code occurredAt} and the CloudEvents {@code ce_time} both the time it
     * happened: for an imported step that is its historical time, not the time of the import.
     */
    void publish(DossierState state, DossierEventType type, Instant occurredAt) {
        DossierLifecycleEvent event = DossierMapping.event(state, type, occurredAt);
        outbox.append(Topics.LIFECYCLE, state.id().toString(), new EventEnvelope(event.eventId(), EventEnvelope.sourceOf(service),
                type.cloudEventType(), state.code(), event.occurredAt(), EventJson.write(event), Optional.empty()));
    }

    /** The applicant, kept apart from the dossier's public state (personal data). */
    void storeApplicant(UUID dossierId, Applicant applicant) {
        Applicant person = applicant.normalised();
        ApplicantEntity row = new ApplicantEntity();
        row.dossierId = dossierId;
        row.fullName = person.fullName();
        row.citizenId = person.citizenId();
        row.phone = person.phone();
        row.address = person.address();
        row.email = person.email();
        row.persist();
    }

    /**
     * The documents received, in one JDBC batch: a native query per document would make Hibernate check
     * the whole session for changes to flush before each one. The dossier row is flushed first, since
     * every document refers to it.
     */
    void storeDocuments(UUID dossierId, List<ReceivedDocument> documents) {
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO dossier_document (dossier_id, position, name, received_as, file_name, size_bytes, sha256)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < documents.size(); i++) {
                    ReceivedDocument document = documents.get(i);
                    insert.setObject(1, dossierId);
                    insert.setInt(2, i);
                    insert.setString(3, document.name().strip());
                    insert.setString(4, document.receivedAs().name());
                    insert.setString(5, document.fileName());
                    insert.setObject(6, document.sizeBytes(), Types.BIGINT);
                    insert.setString(7, document.sha256() == null ? null : document.sha256().toLowerCase(Locale.ROOT));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
