package vn.motcua.dossier.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.forms.FormKind;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Mẫu 03, the refusal to accept a dossier, with the reason. */
@Schema(description = "Mẫu 03: PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ")
public record RefusalForm(
        @Schema(example = "refusal") String form,
        @Schema(example = "Mẫu 03") String formNumber,
        @Schema(example = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ") String title,
        UUID dossierId,
        String code,
        @Schema(description = "When it was refused") OffsetDateTime issuedAt,
        @Schema(description = "The receiving unit, which refused it") FormUnit issuingUnit,
        @Schema(description = "Personal data: the person's full name or the organisation's name") String applicantName,
        @Schema(description = "Personal data: how the form addresses the applicant, and who handed it in for them")
        FormApplicant applicant,
        FormProcedure procedure,
        OffsetDateTime submittedAt,
        String reason,
        @Schema(nullable = true) String reasonCode) implements DossierForm {

    @Override
    public FormKind kind() {
        return FormKind.REFUSAL;
    }
}
