package vn.motcua.dossier.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.persistence.DossierResultRows.ResultRow;

import java.time.Instant;
import java.util.UUID;

/** A dossier's stored result file as officials see it (its name may be personal data). */
@Schema(description = "A dossier's electronic result: the PDF the competent unit stored")
public record StoredResult(
        UUID dossierId,
        @Schema(description = "As the officer named it") String fileName,
        @Schema(description = "Read from the bytes: always application/pdf") String mediaType,
        long sizeBytes,
        @Schema(description = "SHA-256 of the bytes, computed as they arrived") String sha256,
        @Schema(description = "Whether the PDF carries a digital signature (present, with contents). Its validity and"
                + " signer are NOT verified; an unsigned file is a copy") boolean signed,
        Instant storedAt,
        @Schema(description = "Where officials download it") String href) {

    static StoredResult of(ResultRow row) {
        return new StoredResult(row.dossierId(), row.fileName(), row.mediaType(), row.sizeBytes(), row.sha256(), row.signed(),
                row.storedAt(), "/api/v1/dossiers/" + row.dossierId() + "/result/file");
    }

    @Override
    public String toString() {
        return "StoredResult[" + dossierId + ", " + sizeBytes + " bytes, signed " + signed + "]";
    }
}
