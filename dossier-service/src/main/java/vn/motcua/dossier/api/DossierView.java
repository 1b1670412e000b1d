package vn.motcua.dossier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.application.DossierDetails;
import vn.motcua.dossier.domain.intake.Applicant;
import vn.motcua.dossier.domain.intake.ReceivedDocument;
import vn.motcua.dossier.domain.lifecycle.DossierAction;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.dossier.domain.lifecycle.Outcome;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.http.time.ClockProducer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A dossier as an officer or its owner reads it. */
@Schema(description = "A dossier")
public record DossierView(
        UUID id,
        String code,
        DossierStatus status,
        int statusCode,
        String procedureCode,
        String procedureName,
        String fieldCode,
        String receivingUnitCode,
        String competentUnitCode,
        Channel channel,
        OffsetDateTime submittedAt,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        @Schema(description = "The due date, as the receipt (Mẫu 01) gives it") String dueDate,
        long pausedWorkingMinutes,
        boolean paused,
        boolean overdue,
        OffsetDateTime resolvedAt,
        Outcome outcome,
        Boolean resultAsFile,
        String timeliness,
        OffsetDateTime newAppointmentAt,
        String reasonCode,
        List<String> missingDocuments,
        Integer rating,
        Applicant applicant,
        List<ReceivedDocument> documents,
        @Schema(description = "The actions open to you now, for POST .../actions/{action}") List<String> allowedActions,
        @Schema(description = "Where the receipt (Mẫu 01) is served") String receiptUrl) {

    static DossierView of(DossierDetails details, Instant now) {
        DossierState state = details.state();
        OffsetDateTime due = state.deadline() == null ? null : state.deadline().dueAt().toOffsetDateTime();
        boolean open = List.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, DossierStatus.SUPPLEMENT_REQUESTED,
                DossierStatus.AWAITING_PAYMENT, DossierStatus.SUSPENDED).contains(state.status());
        return new DossierView(state.id(), state.code(), state.status(), state.status().code(), state.procedureCode(),
                details.procedureName(), state.fieldCode(), state.receivingUnitCode(), state.competentUnitCode(), state.channel(),
                local(state.submittedAt()), local(state.receivedAt()), due, due == null ? null : due.toLocalDate().toString(),
                state.deadline() == null ? 0 : state.deadline().pausedWorkingTime().toMinutes(), state.isPaused(),
                open && due != null && now.isAfter(due.toInstant()), local(state.resolvedAt()), state.outcome(),
                state.resultAsFile(), state.timeliness() == null ? null : state.timeliness().name(),
                local(state.newAppointmentAt()), state.reasonCode(), state.missingDocuments(), state.rating(),
                details.applicant(), details.documents(),
                details.allowedActions().stream().map(DossierAction::pathName).toList(),
                "/api/v1/dossiers/" + state.id() + "/forms/receipt");
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime();
    }
}
