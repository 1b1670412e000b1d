package vn.motcua.dossier.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The dossiers whose due time has passed while they were open and which are not reported overdue yet. */
@ApplicationScoped
public class OverdueDossiers {

    @Inject
    EntityManager entityManager;

    /**
     * Locks and answers up to {@code limit} of them, earliest due first, until the transaction ends. Rows
     * another transaction has locked are skipped, not waited for: that one reports them. The condition is
     * the partial index {@code dossier_overdue_watch}'s, so the index answers it.
     */
    public List<UUID> take(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                SELECT id FROM dossier
                 WHERE NOT overdue_notified
                   AND status IN ('RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT', 'SUSPENDED')
                   AND due_at < ?
                 ORDER BY due_at
                 LIMIT ?
                   FOR UPDATE SKIP LOCKED""")
                .setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList();
        return ids;
    }
}
