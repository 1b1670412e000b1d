package vn.motcua.dossier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.lifecycle.ActionCommand;
import vn.motcua.dossier.domain.lifecycle.Outcome;
import vn.motcua.dossier.domain.lifecycle.TimelineStep;

import java.time.OffsetDateTime;
import java.util.List;

/** One step of a legacy dossier's timeline: what happened, when, and what the action said. */
@Schema(description = "A step of a legacy timeline", example = """
        {"action": "resolve", "at": "2025-07-02T10:00:00+07:00", "outcome": "APPROVED", "resultAsFile": false}""")
public record HistoricalStepRequest(
        @Schema(description = "submit (online intake) or receive (at the counter or by post) first, or refuse for a"
                + " paper dossier refused at the counter as it was handed in (never received); then accept, refuse,"
                + " start, request-supplement, provide-supplement, request-payment, confirm-payment, suspend, resume,"
                + " resolve, return, withdraw, reschedule") String action,
        @Schema(description = "When it happened, with its offset; later than the step before, not in the future")
        OffsetDateTime at,
        @Schema(description = "refuse, suspend, withdraw, reschedule, resolve DENIED: why (kept in the history, never published)")
        String reason,
        @Schema(description = "A short code for statistics, such as INCOMPLETE (published)") String reasonCode,
        @Schema(description = "resolve: APPROVED or DENIED") Outcome outcome,
        @Schema(description = "resolve: whether the result was issued as a file") Boolean resultAsFile,
        @Schema(description = "request-supplement: everything that was missing") List<String> missingDocuments,
        @Schema(description = "reschedule: the new appointment (Mẫu 04)") OffsetDateTime newAppointmentAt) {

    TimelineStep toStep() {
        return new TimelineStep(action, at == null ? null : at.toInstant(), new ActionCommand(reason, reasonCode,
                missingDocuments, outcome, resultAsFile, newAppointmentAt == null ? null : newAppointmentAt.toInstant()));
    }
}
