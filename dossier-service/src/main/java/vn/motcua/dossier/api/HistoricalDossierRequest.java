package vn.motcua.dossier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.application.HistoricalDossier;
import vn.motcua.dossier.domain.intake.Applicant;
import vn.motcua.dossier.domain.intake.ReceivedDocument;
import vn.motcua.dossier.domain.lifecycle.TimelineStep;
import vn.motcua.platform.events.Channel;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One dossier of a legacy system, with its timeline: a row of {@code POST /api/v1/dossiers/import}. */
@Schema(description = "A legacy dossier and its timeline")
public record HistoricalDossierRequest(
        @Schema(description = "The legacy system's code, kept as the dossier's code; unique") String code,
        @Schema(description = "The procedure's code, from the catalogue") String procedureCode,
        @Schema(description = "The centre that received it") String receivingUnitCode,
        @Schema(description = "The unit that decided it; the receiving unit when absent", nullable = true) String competentUnitCode,
        @Schema(description = "COUNTER, POST or ONLINE") Channel channel,
        @Schema(description = "The applicant, by intake's rules: personal data, kept in this service only") Applicant applicant,
        @Schema(description = "The documents received, by intake's rules") List<ReceivedDocument> documents,
        @Schema(description = "ONLINE only: the token subject of the citizen who submitted it, if known", nullable = true)
        String ownerSubject,
        @Schema(description = "The due time the legacy system fixed at receipt; computed by the calendar rules when absent",
                nullable = true) OffsetDateTime dueAt,
        @Schema(description = "The steps, oldest first") List<HistoricalStepRequest> timeline) {

    HistoricalDossier toDossier() {
        List<TimelineStep> steps = null;
        if (timeline != null) {
            // a null entry stays null, so the import can name it
            steps = new ArrayList<>();
            for (HistoricalStepRequest step : timeline) {
                steps.add(step == null ? null : step.toStep());
            }
        }
        return new HistoricalDossier(code, procedureCode, receivingUnitCode, competentUnitCode, channel, applicant, documents,
                ownerSubject, dueAt == null ? null : dueAt.toInstant(), steps);
    }
}
