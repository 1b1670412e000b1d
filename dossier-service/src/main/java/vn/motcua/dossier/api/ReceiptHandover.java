package vn.motcua.dossier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.application.ReceiptForm;

/** What the intake's 201 answer adds to the dossier, once: the lookup PIN and the receipt that carries it. */
@Schema(description = "Added to the intake's answer only; a retried intake (same Idempotency-Key) answers without them")
public record ReceiptHandover(
        @Schema(description = "The lookup PIN, given this once and stored only as a hash", example = "40718263") String pin,
        @Schema(description = "The receipt (Mẫu 01) with the PIN; null while an online submission awaits acceptance",
                nullable = true) ReceiptForm receipt,
        @Schema(description = "The receipt as a printable A4 HTML page with the PIN, to print at once", nullable = true)
        String receiptHtml) {
}
