package vn.motcua.dossier.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which dossiers came from a legacy system, and the fingerprint of the row each came from (table
 * {@code dossier_import}), so that importing the same row again is recognised.
 */
@ApplicationScoped
public class DossierImports {

    /** The dossier holding a code, and the fingerprint of its imported row; null if it was received here. */
    public record CodeHolder(UUID dossierId, String fingerprintOrNull) {
    }

    @Inject
    EntityManager entityManager;

    public void record(UUID dossierId, String fingerprint, Instant importedAt, String importedBy) {
        entityManager.createNativeQuery("""
                INSERT INTO dossier_import (dossier_id, fingerprint, imported_at, imported_by) VALUES (?, ?, ?, ?)""")
                .setParameter(1, dossierId).setParameter(2, fingerprint).setParameter(3, Timestamp.from(importedAt))
                .setParameter(4, importedBy).executeUpdate();
    }

    /** Whether the dossier came from a legacy system by the historical import. */
    public boolean wasImported(UUID dossierId) {
        return !entityManager.createNativeQuery("SELECT 1 FROM dossier_import WHERE dossier_id = ?")
                .setParameter(1, dossierId).getResultList().isEmpty();
    }

    /** The dossier that has this code, imported or received here, if any. */
    public Optional<CodeHolder> holderOf(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = entityManager.createNativeQuery("""
                SELECT d.id, i.fingerprint FROM dossier d LEFT JOIN dossier_import i ON i.dossier_id = d.id WHERE d.code = ?""")
                .setParameter(1, code).getResultList();
        return found.stream().findFirst().map(row -> new CodeHolder((UUID) row[0], (String) row[1]));
    }
}
