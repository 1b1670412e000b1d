package vn.motcua.dossier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citizen's lookup: the dossier code and the PIN from the receipt. The PIN travels only in a body, never in a URL. */
@Schema(description = "A dossier code and its PIN", example = """
        {"code": "000.16.906.H40-250707-0001", "pin": "40718263"}""")
public record LookupRequest(
        @Schema(description = "The dossier code as printed on the receipt", example = "000.16.906.H40-250707-0001") String code,
        @Schema(description = "The PIN printed on the receipt (digits)", example = "40718263") String pin) {

    @Override
    public String toString() {
        // a request is never logged with its PIN, nor a code beside a PIN
        return "LookupRequest[withheld]";
    }
}
