package vn.motcua.dossier.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.forms.FormKind;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Mẫu 01, the receipt with the appointment to return the result. The PIN is on it only in the intake's
 * answer; a receipt read later shows it masked.
 */
@Schema(description = "Mẫu 01: GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
public record ReceiptForm(
        @Schema(example = "receipt") String form,
        @Schema(example = "Mẫu 01") String formNumber,
        @Schema(example = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ") String title,
        UUID dossierId,
        @Schema(example = "000.16.906.H40-250707-0001") String code,
        @Schema(description = "When the dossier was received: the receipt's date") OffsetDateTime issuedAt,
        @Schema(description = "The receiving unit, whose centre issues the receipt") FormUnit issuingUnit,
        @Schema(description = "Personal data: the person's full name or the organisation's name") String applicantName,
        @Schema(description = "Personal data: how the form addresses the applicant, and who handed it in for them")
        FormApplicant applicant,
        FormProcedure procedure,
        @Schema(description = "The documents received") List<FormDocument> documents,
        OffsetDateTime receivedAt,
        @Schema(description = "The due time as it stands (pauses move it forward)") OffsetDateTime dueAt,
        @Schema(example = "2025-07-14") String dueDate,
        @Schema(description = "The public lookup page the QR code encodes; it never carries the PIN",
                example = "http://localhost:3000/tra-cuu?code=000.16.906.H40-250707-0001") String lookupUrl,
        @Schema(description = "The QR code of lookupUrl, as an SVG element") String qrCodeSvg,
        @Schema(description = "The lookup PIN in the intake's answer only; otherwise ******", example = "******") String pin,
        @Schema(description = "Whether pin is the PIN itself (true only in the intake's answer)") boolean pinShown,
        @Schema(description = "Where the PIN is") String pinNote) implements DossierForm {

    @Override
    public FormKind kind() {
        return FormKind.RECEIPT;
    }
}
