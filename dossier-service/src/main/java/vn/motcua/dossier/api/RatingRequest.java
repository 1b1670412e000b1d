package vn.motcua.dossier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citizen's rating of a returned dossier, proven by the code and PIN from the receipt. */
@Schema(description = "A rating", example = """
        {"code": "000.16.906.H40-250707-0001", "pin": "40718263", "score": 5, "comment": "Cán bộ hướng dẫn tận tình"}""")
public record RatingRequest(
        @Schema(description = "The dossier code as printed on the receipt") String code,
        @Schema(description = "The PIN printed on the receipt") String pin,
        @Schema(description = "1 (very dissatisfied) to 5 (very satisfied)", minimum = "1", maximum = "5") Integer score,
        @Schema(description = "Optional, at most 1000 characters; kept in dossier-service only, never published", nullable = true)
        String comment) {

    @Override
    public String toString() {
        // the PIN is never logged, and the comment may name people
        return "RatingRequest[withheld]";
    }
}
