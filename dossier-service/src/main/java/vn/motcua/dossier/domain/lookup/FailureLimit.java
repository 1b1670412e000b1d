package vn.motcua.dossier.domain.lookup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How many failed lookups (a wrong code or PIN) are tolerated in a sliding window before further
 * attempts are refused until enough of them have aged out. One limit applies per dossier code, so a
 * PIN cannot be guessed by many hands, and another per client address, so one hand cannot try many
 * codes.
 */
public record FailureLimit(int maxFailures, Duration window) {

    public FailureLimit {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("at least one failure must be allowed");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be a positive duration");
        }
    }

    /** The start of the window that ends now: failures at or before it no longer count. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /**
     * How long until another attempt is allowed, given the failures inside the window, oldest first;
     * empty when an attempt is allowed now. With the limit reached, the next attempt is allowed when so
     * many of the oldest failures have left the window that fewer than {@code maxFailures} remain.
     */
    public Optional<Duration> retryAfter(List<Instant> failuresInWindow, Instant now) {
        if (failuresInWindow.size() < maxFailures) {
            return Optional.empty();
        }
        Instant freedAt = failuresInWindow.get(failuresInWindow.size() - maxFailures).plus(window);
        Duration wait = Duration.between(now, freedAt);
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }
}
