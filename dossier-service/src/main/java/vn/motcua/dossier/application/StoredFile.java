package vn.motcua.dossier.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.files.FileOrigin;
import vn.motcua.dossier.persistence.DossierFileRows.StoredFileRow;

import java.time.Instant;
import java.util.UUID;

/** A document's stored file as those who may read the dossier see it (its name is personal data). */
@Schema(description = "A document's stored file: its digitized copy")
public record StoredFile(
        UUID dossierId,
        @Schema(description = "The document's position in the dossier's list, from 0") int position,
        @Schema(description = "As the client named it") String fileName,
        @Schema(description = "Read from the bytes: application/pdf, image/jpeg or image/png") String mediaType,
        long sizeBytes,
        @Schema(description = "SHA-256 of the bytes, computed as they arrived") String sha256,
        @Schema(description = "SCANNED_AT_COUNTER (paper scanned by the centre) or UPLOADED (by the citizen online)")
        FileOrigin origin,
        Instant storedAt,
        @Schema(description = "Where to download it") String href) {

    static StoredFile of(StoredFileRow row) {
        return new StoredFile(row.dossierId(), row.position(), row.fileName(), row.mediaType(), row.sizeBytes(), row.sha256(),
                row.origin(), row.storedAt(), "/api/v1/dossiers/" + row.dossierId() + "/documents/" + row.position() + "/file");
    }

    @Override
    public String toString() {
        return "StoredFile[" + dossierId + "#" + position + ", " + sizeBytes + " bytes]";
    }
}
