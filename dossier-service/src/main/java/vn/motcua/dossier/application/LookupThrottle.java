package vn.motcua.dossier.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.dossier.domain.lookup.FailureLimit;
import vn.motcua.dossier.persistence.LookupFailures;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Counts failed public lookups and ratings (a wrong code or PIN) per dossier code and per client
 * address, and refuses further attempts once either limit is reached. The failures live in PostgreSQL,
 * so every replica counts the same ones. A code counts whether or not a dossier has it, so that the
 * throttle itself does not tell which codes exist.
 */
@ApplicationScoped
public class LookupThrottle {

    /** Which limit refused an attempt. */
    public enum Scope {
        CODE,
        CLIENT
    }

    /** An attempt refused by a limit, and when to try again. */
    public record Refusal(Scope scope, Duration retryAfter) {
    }

    @Inject
    LookupFailures failures;

    @Inject
    PublicAccessConfig config;

    @Inject
    Clock clock;

    /**
     * Makes the attempts on one code take turns until the transaction ends, so that parallel guesses
     * each see the failures of the ones before and cannot slip past the limit together.
     */
    void lockCode(String code) {
        failures.takeTurnOn(code);
    }

    /** The refusal, if the client or the code has failed too often lately; the client's limit is checked first. */
    Optional<Refusal> check(String code, String client, Instant now) {
        Optional<Duration> clientWait = perClient()
                .retryAfter(failures.ofClient(clientKey(client), perClient().windowStart(now), now), now);
        if (clientWait.isPresent()) {
            return Optional.of(new Refusal(Scope.CLIENT, clientWait.get()));
        }
        return perCode().retryAfter(failures.ofCode(code, perCode().windowStart(now), now), now)
                .map(wait -> new Refusal(Scope.CODE, wait));
    }

    void recordFailure(String code, String client, Instant now) {
        failures.record(code, clientKey(client), now);
    }

    /** Failures older than the window count for nothing; forgetting them keeps the table small. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldFailures() {
        Instant before = clock.instant().minus(config.failureWindow());
        QuarkusTransaction.requiringNew().run(() -> failures.forgetBefore(before));
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
}
