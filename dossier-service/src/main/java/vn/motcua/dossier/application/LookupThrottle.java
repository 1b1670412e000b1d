package vn.motcua.dossier.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.motcua.dossier.domain.lookup.FailureLimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Counts failed public lookups and ratings (a wrong code or PIN) per dossier code and per client
 * address, and refuses further attempts once either limit is reached. The failures live in PostgreSQL,
 * so every replica counts the same ones. A code counts whether or not a dossier has it, so that the
 * throttle itself does not tell which codes exist.
 */
@ApplicationScoped
public class LookupThrottle {

    /** Advisory lock class "MCLK" (MotCua lookup), apart from the outbox relay's. */
    private static final int LOCK_CLASS = 0x4D43_4C4B;

    /** Which limit refused an attempt. */
    public enum Scope {
        CODE,
        CLIENT
    }

    /** An attempt refused by a limit, and when to try again. */
    public record Refusal(Scope scope, Duration retryAfter) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    PublicAccessConfig config;

    @Inject
    Clock clock;

    /**
     * Makes the attempts on one code take turns until the transaction ends, so that parallel guesses
     * each see the failures of the ones before and cannot slip past the limit together.
     */
    void lockCode(String code) {
        entityManager.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?, hashtext(?))) AS locked")
                .setParameter(1, LOCK_CLASS).setParameter(2, code).getSingleResult();
    }

    /** The refusal, if the client or the code has failed too often lately; the client's limit is checked first. */
    Optional<Refusal> check(String code, String client, Instant now) {
        Optional<Duration> clientWait = perClient().retryAfter(failures(Scope.CLIENT, clientKey(client), now), now);
        if (clientWait.isPresent()) {
            return Optional.of(new Refusal(Scope.CLIENT, clientWait.get()));
        }
        return perCode().retryAfter(failures(Scope.CODE, code, now), now).map(wait -> new Refusal(Scope.CODE, wait));
    }

    void recordFailure(String code, String client, Instant now) {
        entityManager.createNativeQuery("""
                INSERT INTO public_lookup_failure (scope, subject, failed_at) VALUES ('CODE', ?, ?), ('CLIENT', ?, ?)""")
                .setParameter(1, code).setParameter(2, Timestamp.from(now))
                .setParameter(3, clientKey(client)).setParameter(4, Timestamp.from(now))
                .executeUpdate();
    }

    /** Failures older than the window count for nothing; forgetting them keeps the table small. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldFailures() {
        Instant before = clock.instant().minus(config.failureWindow());
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("DELETE FROM public_lookup_failure WHERE failed_at < ?")
                .setParameter(1, Timestamp.from(before)).executeUpdate());
    }

    private List<Instant> failures(Scope scope, String subject, Instant now) {
        FailureLimit limit = scope == Scope.CODE ? perCode() : perClient();
        @SuppressWarnings("unchecked")
        List<Object> rows = entityManager.createNativeQuery("""
                SELECT failed_at FROM public_lookup_failure
                 WHERE scope = ? AND subject = ? AND failed_at > ? AND failed_at <= ?
                 ORDER BY failed_at""")
                .setParameter(1, scope.name()).setParameter(2, subject)
                .setParameter(3, Timestamp.from(limit.windowStart(now))).setParameter(4, Timestamp.from(now))
                .getResultList();
        return rows.stream().map(LookupThrottle::instant).toList();
    }

    private FailureLimit perCode() {
        return new FailureLimit(config.failuresPerCode(), config.failureWindow());
    }

    private FailureLimit perClient() {
        return new FailureLimit(config.failuresPerClient(), config.failureWindow());
    }

    /** A client address is kept only as a digest: it is needed to count, never to read back. */
    static String clientKey(String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("motcua-lookup-client|" + address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
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
