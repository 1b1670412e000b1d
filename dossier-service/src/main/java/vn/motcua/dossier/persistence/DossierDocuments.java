package vn.motcua.dossier.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import vn.motcua.dossier.domain.intake.ReceivedAs;
import vn.motcua.dossier.domain.intake.ReceivedDocument;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The documents received with each dossier, in the order they were listed (table {@code dossier_document}). */
@ApplicationScoped
public class DossierDocuments {

    @Inject
    EntityManager entityManager;

    /**
     * Stores a dossier's documents in one JDBC batch: a native query per document would make Hibernate
     * check the whole session for changes to flush before each one (docs/benchmarks.md). The session is
     * flushed first, since every document refers to the dossier row.
     */
    public void store(UUID dossierId, List<ReceivedDocument> documents) {
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO dossier_document (dossier_id, position, name, received_as, file_name, size_bytes, sha256)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < documents.size(); i++) {
                    ReceivedDocument document = documents.get(i);
                    insert.setObject(1, dossierId);
                    insert.setInt(2, i);
                    insert.setString(3, document.name().strip());
                    insert.setString(4, document.receivedAs().name());
                    insert.setString(5, document.fileName());
                    insert.setObject(6, document.sizeBytes(), Types.BIGINT);
                    insert.setString(7, document.sha256() == null ? null : document.sha256().toLowerCase(Locale.ROOT));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** A dossier's documents, in the order they were listed at intake. */
    public List<ReceivedDocument> of(UUID dossierId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT name, received_as, file_name, size_bytes, sha256 FROM dossier_document WHERE dossier_id = ? ORDER BY position")
                .setParameter(1, dossierId).getResultList();
        return rows.stream().map(r -> new ReceivedDocument((String) r[0], ReceivedAs.valueOf((String) r[1]), (String) r[2],
                r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4])).toList();
    }
}
