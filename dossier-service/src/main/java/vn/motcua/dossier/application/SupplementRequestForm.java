package vn.motcua.dossier.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.forms.FormKind;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Mẫu 02, the one request for everything missing. */
@Schema(description = "Mẫu 02: PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ")
public record SupplementRequestForm(
        @Schema(example = "supplement-request") String form,
        @Schema(example = "Mẫu 02") String formNumber,
        @Schema(example = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ") String title,
        UUID dossierId,
        String code,
        @Schema(description = "When the supplement was requested") OffsetDateTime issuedAt,
        @Schema(description = "The competent unit, which asked for the supplement") FormUnit issuingUnit,
        @Schema(description = "Personal data: the person's full name or the organisation's name") String applicantName,
        @Schema(description = "Personal data: how the form addresses the applicant, and who handed it in for them")
        FormApplicant applicant,
        FormProcedure procedure,
        OffsetDateTime receivedAt,
        @Schema(description = "Everything missing, in one list") List<String> missingDocuments,
        @Schema(description = "Why, when the officer said", nullable = true) String reason) implements DossierForm {

    @Override
    public FormKind kind() {
        return FormKind.SUPPLEMENT_REQUEST;
    }
}
