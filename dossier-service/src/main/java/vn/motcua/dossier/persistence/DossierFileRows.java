package vn.motcua.dossier.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.motcua.dossier.domain.files.FileCounts;
import vn.motcua.dossier.domain.files.FileOrigin;
import vn.motcua.dossier.domain.lifecycle.DocumentFiles;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What each stored file of a dossier is (table {@code dossier_file}); the bytes are in {@link DossierObjects}. */
@ApplicationScoped
public class DossierFileRows {

    /** A stored file: personal data (its name), never logged. */
    public record StoredFileRow(UUID dossierId, int position, String objectKey, String fileName, String mediaType,
                                long sizeBytes, String sha256, FileOrigin origin, String storedBy, Instant storedAt) {
        @Override
        public String toString() {
            return "StoredFileRow[" + dossierId + "#" + position + ", " + sizeBytes + " bytes]";
        }
    }

    @Inject
    EntityManager entityManager;

    /** How many documents the dossier lists. */
    public int documentCount(UUID dossierId) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM dossier_document WHERE dossier_id = ?")
                .setParameter(1, dossierId).getSingleResult()).intValue();
    }

    /** The dossier's documents, each with whether it was declared as a file and when its file was stored, if it has one. */
    public List<DocumentFiles.Document> documentsWithFiles(UUID dossierId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT d.position, d.name, d.received_as, f.stored_at
                        FROM dossier_document d LEFT JOIN dossier_file f ON f.dossier_id = d.dossier_id AND f.position = d.position
                        WHERE d.dossier_id = ? ORDER BY d.position""")
                .setParameter(1, dossierId).getResultList();
        return rows.stream().map(r -> new DocumentFiles.Document(((Number) r[0]).intValue(), (String) r[1],
                "FILE".equals(r[2]), Optional.ofNullable(r[3]).map(DossierFileRows::instant))).toList();
    }

    /** How many of the dossier's documents have a stored file, and how many of those were scanned at the counter. */
    public FileCounts counts(UUID dossierId) {
        @SuppressWarnings("unchecked")
        List<String> origins = entityManager.createNativeQuery("SELECT origin FROM dossier_file WHERE dossier_id = ?")
                .setParameter(1, dossierId).getResultList();
        return FileCounts.of(origins.stream().map(FileOrigin::valueOf).toList());
    }

    /** The bytes the dossier's files take, but for the one at {@code position} (which an upload replaces). */
    public long bytesBesides(UUID dossierId, int position) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT coalesce(sum(size_bytes), 0) FROM dossier_file WHERE dossier_id = ? AND position <> ?")
                .setParameter(1, dossierId).setParameter(2, position).getSingleResult()).longValue();
    }

    /** Stores the file of a document, replacing the one it had; answers the replaced object's key. */
    public Optional<String> store(StoredFileRow file) {
        Optional<String> replaced = find(file.dossierId(), file.position()).map(StoredFileRow::objectKey);
        entityManager.createNativeQuery("""
                        INSERT INTO dossier_file (dossier_id, position, object_key, file_name, media_type, size_bytes, sha256,
                                                  origin, stored_by, stored_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (dossier_id, position) DO UPDATE SET object_key = excluded.object_key,
                            file_name = excluded.file_name, media_type = excluded.media_type, size_bytes = excluded.size_bytes,
                            sha256 = excluded.sha256, origin = excluded.origin, stored_by = excluded.stored_by,
                            stored_at = excluded.stored_at""")
                .setParameter(1, file.dossierId()).setParameter(2, file.position()).setParameter(3, file.objectKey())
                .setParameter(4, file.fileName()).setParameter(5, file.mediaType()).setParameter(6, file.sizeBytes())
                .setParameter(7, file.sha256()).setParameter(8, file.origin().name()).setParameter(9, file.storedBy())
                .setParameter(10, Timestamp.from(file.storedAt()))
                .executeUpdate();
        return replaced;
    }

    /** A timestamptz column as the JDBC driver and Hibernate hand it back, whichever type that is. */
    static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }

    /** Which of these object keys a row refers to. */
    public Set<String> referenced(Collection<String> keys) {
        return keysFound(entityManager, "SELECT object_key FROM dossier_file WHERE object_key = ANY (CAST(? AS text[]))", keys);
    }

    /**
     * The object keys a query finds among these, given to it as one PostgreSQL text[] (keys are ids and slashes:
     * nothing to escape but the quotes around them).
     */
    static Set<String> keysFound(EntityManager entityManager, String query, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> found = entityManager.createNativeQuery(query)
                .setParameter(1, "{" + keys.stream().map(key -> '"' + key + '"').collect(Collectors.joining(",")) + "}")
                .getResultList();
        return Set.copyOf(found);
    }

    /** The file of one document (a dossier has at most 50). */
    public Optional<StoredFileRow> find(UUID dossierId, int position) {
        return of(dossierId).stream().filter(file -> file.position() == position).findFirst();
    }

    /** The dossier's stored files, by position. */
    public List<StoredFileRow> of(UUID dossierId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT position, object_key, file_name, media_type, size_bytes, sha256, origin, stored_by, stored_at
                        FROM dossier_file WHERE dossier_id = ? ORDER BY position""")
                .setParameter(1, dossierId).getResultList();
        return rows.stream().map(r -> new StoredFileRow(dossierId, ((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                (String) r[3], ((Number) r[4]).longValue(), (String) r[5], FileOrigin.valueOf((String) r[6]), (String) r[7],
                instant(r[8]))).toList();
    }
}
