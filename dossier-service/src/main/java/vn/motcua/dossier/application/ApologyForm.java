package vn.motcua.dossier.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.forms.FormKind;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Mẫu 04, the apology for a late result with a new appointment; the dossier stays late in statistics. */
@Schema(description = "Mẫu 04: PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")
public record ApologyForm(
        @Schema(example = "apology") String form,
        @Schema(example = "Mẫu 04") String formNumber,
        @Schema(example = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ") String title,
        UUID dossierId,
        String code,
        @Schema(description = "When the new appointment was made (the latest apology)") OffsetDateTime issuedAt,
        @Schema(description = "The competent unit, which apologises") FormUnit issuingUnit,
        @Schema(description = "Personal data: the person's full name or the organisation's name") String applicantName,
        @Schema(description = "Personal data: how the form addresses the applicant, and who handed it in for them")
        FormApplicant applicant,
        FormProcedure procedure,
        OffsetDateTime receivedAt,
        @Schema(description = "The appointment that will be missed: the due time") OffsetDateTime dueAt,
        OffsetDateTime newAppointmentAt,
        String reason,
        @Schema(description = "Whether this apology came later than the one-stop rules ask (at least one day before the"
                + " due date); it is issued all the same") boolean late) implements DossierForm {

    @Override
    public FormKind kind() {
        return FormKind.APOLOGY;
    }
}
