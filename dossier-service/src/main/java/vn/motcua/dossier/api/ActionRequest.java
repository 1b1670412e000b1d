package vn.motcua.dossier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.lifecycle.ActionCommand;
import vn.motcua.dossier.domain.lifecycle.Outcome;

import java.time.OffsetDateTime;
import java.util.List;

/** What an action says; each action reads the parts it needs (see the operation's description). */
@Schema(description = "The details of an action", example = """
        {"reason": "Thiếu bản chính giấy chứng sinh", "reasonCode": "INCOMPLETE",
         "missingDocuments": ["Giấy chứng sinh (bản chính)"]}""")
public record ActionRequest(
        @Schema(description = "Why (refuse, suspend, withdraw, reschedule, resolve DENIED): kept in the history, never published")
        String reason,
        @Schema(description = "A short code for statistics, such as INCOMPLETE; published in events") String reasonCode,
        @Schema(description = "request-supplement: everything missing, in one list (Mẫu 02)") List<String> missingDocuments,
        @Schema(description = "resolve: APPROVED or DENIED") Outcome outcome,
        @Schema(description = "resolve: whether the result was issued as a file") Boolean resultAsFile,
        @Schema(description = "reschedule: the new appointment (Mẫu 04)") OffsetDateTime newAppointmentAt) {

    ActionCommand toCommand() {
        return new ActionCommand(reason, reasonCode, missingDocuments, outcome, resultAsFile,
                newAppointmentAt == null ? null : newAppointmentAt.toInstant());
    }
}
