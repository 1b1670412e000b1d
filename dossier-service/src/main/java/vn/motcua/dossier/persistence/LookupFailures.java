package vn.motcua.dossier.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Failed public lookups and ratings (table {@code public_lookup_failure}), counted per dossier code as
 * typed and per client (a digest of its address). They live in PostgreSQL, so every replica counts the
 * same ones.
 */
@ApplicationScoped
public class LookupFailures {

    /** Advisory lock class "MCLK" (MotCua lookup), apart from the outbox relay's. */
    private static final int LOCK_CLASS = 0x4D43_4C4B;

    @Inject
    EntityManager entityManager;

    /** Waits for, then holds until the transaction ends, an advisory lock of its own for this code. */
    public void takeTurnOn(String code) {
        entityManager.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?, hashtext(?))) AS locked")
                .setParameter(1, LOCK_CLASS).setParameter(2, code).getSingleResult();
    }

    /** One failure, counted against both the code and the client. */
    public void record(String code, String clientKey, Instant at) {
        entityManager.createNativeQuery("""
                INSERT INTO public_lookup_failure (scope, subject, failed_at) VALUES ('CODE', ?, ?), ('CLIENT', ?, ?)""")
                .setParameter(1, code).setParameter(2, Timestamp.from(at))
                .setParameter(3, clientKey).setParameter(4, Timestamp.from(at))
                .executeUpdate();
    }

    /** When the code's failures after {@code after} and up to {@code upTo} happened, oldest first. */
    public List<Instant> ofCode(String code, Instant after, Instant upTo) {
        return failures("CODE", code, after, upTo);
    }

    /** When the client's failures after {@code after} and up to {@code upTo} happened, oldest first. */
    public List<Instant> ofClient(String clientKey, Instant after, Instant upTo) {
        return failures("CLIENT", clientKey, after, upTo);
    }

    /** Forgets the failures before {@code before}; answers how many. */
    public int forgetBefore(Instant before) {
        return entityManager.createNativeQuery("DELETE FROM public_lookup_failure WHERE failed_at < ?")
                .setParameter(1, Timestamp.from(before)).executeUpdate();
    }

    private List<Instant> failures(String scope, String subject, Instant after, Instant upTo) {
        @SuppressWarnings("unchecked")
        List<Object> rows = entityManager.createNativeQuery("""
                SELECT failed_at FROM public_lookup_failure
                 WHERE scope = ? AND subject = ? AND failed_at > ? AND failed_at <= ?
                 ORDER BY failed_at""")
                .setParameter(1, scope).setParameter(2, subject)
                .setParameter(3, Timestamp.from(after)).setParameter(4, Timestamp.from(upTo))
                .getResultList();
        return rows.stream().map(LookupFailures::instant).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
