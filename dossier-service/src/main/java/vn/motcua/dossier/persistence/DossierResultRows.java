package vn.motcua.dossier.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.motcua.dossier.domain.files.ResultFacts;
import vn.motcua.dossier.domain.lifecycle.DossierState;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A dossier's result file, if the competent unit stored one (table {@code dossier_result}); the bytes are in {@link DossierObjects}. */
@ApplicationScoped
public class DossierResultRows {

    /** A stored result: its name may be personal data, never logged. */
    public record ResultRow(UUID dossierId, String objectKey, String fileName, String mediaType, long sizeBytes, String sha256,
                            boolean signed, String storedBy, Instant storedAt) {
        @Override
        public String toString() {
            return "ResultRow[" + dossierId + ", " + sizeBytes + " bytes, signed " + signed + "]";
        }
    }

    @Inject
    EntityManager entityManager;

    /** The dossier's result file, if one is stored. */
    public Optional<ResultRow> find(UUID dossierId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT object_key, file_name, media_type, size_bytes, sha256, signed, stored_by, stored_at
                        FROM dossier_result WHERE dossier_id = ?""")
                .setParameter(1, dossierId).getResultList();
        return rows.stream().findFirst().map(r -> new ResultRow(dossierId, (String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), (String) r[4], (Boolean) r[5], (String) r[6], DossierFileRows.instant(r[7])));
    }

    /** Whether the dossier's stored result file is signed; empty when none is stored. */
    public Optional<Boolean> signedIfStored(UUID dossierId) {
        @SuppressWarnings("unchecked")
        List<Boolean> signed = entityManager.createNativeQuery("SELECT signed FROM dossier_result WHERE dossier_id = ?")
                .setParameter(1, dossierId).getResultList();
        return signed.stream().findFirst();
    }

    /**
     * What the dossier's events and lookup say of its result as it stands: nothing before it is resolved (a result
     * stored meanwhile is not issued yet), then whether one is stored and signed.
     */
    public ResultFacts factsOf(DossierState dossier) {
        return ResultFacts.of(dossier, dossier.resolvedAt() == null ? Optional.empty() : signedIfStored(dossier.id()));
    }

    /** Stores the dossier's result file, replacing the one it had; answers the replaced object's key. */
    public Optional<String> store(ResultRow result) {
        Optional<String> replaced = find(result.dossierId()).map(ResultRow::objectKey);
        entityManager.createNativeQuery("""
                        INSERT INTO dossier_result (dossier_id, object_key, file_name, media_type, size_bytes, sha256, signed,
                                                    stored_by, stored_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (dossier_id) DO UPDATE SET object_key = excluded.object_key,
                            file_name = excluded.file_name, media_type = excluded.media_type, size_bytes = excluded.size_bytes,
                            sha256 = excluded.sha256, signed = excluded.signed, stored_by = excluded.stored_by,
                            stored_at = excluded.stored_at""")
                .setParameter(1, result.dossierId()).setParameter(2, result.objectKey()).setParameter(3, result.fileName())
                .setParameter(4, result.mediaType()).setParameter(5, result.sizeBytes()).setParameter(6, result.sha256())
                .setParameter(7, result.signed()).setParameter(8, result.storedBy())
                .setParameter(9, Timestamp.from(result.storedAt()))
                .executeUpdate();
        return replaced;
    }

    /** Which of these object keys a result refers to. */
    public Set<String> referenced(Collection<String> keys) {
        return DossierFileRows.keysFound(entityManager,
                "SELECT object_key FROM dossier_result WHERE object_key = ANY (CAST(? AS text[]))", keys);
    }
}
