package vn.motcua.dossier.application;

import java.util.Optional;

/**
 * How a public request with a code and PIN ended: answered, denied (a wrong code or PIN, told apart by
 * nothing), or throttled. Returned rather than thrown, so that a failure is recorded in a transaction
 * that commits.
 */
public record PublicOutcome<T>(T value, boolean denied, LookupThrottle.Refusal throttled) {

    static <T> PublicOutcome<T> answered(T value) {
        return new PublicOutcome<>(value, false, null);
    }

    static <T> PublicOutcome<T> deny() {
        return new PublicOutcome<>(null, true, null);
    }

    static <T> PublicOutcome<T> throttle(LookupThrottle.Refusal refusal) {
        return new PublicOutcome<>(null, false, refusal);
    }

    public Optional<T> answer() {
        return Optional.ofNullable(value);
    }

    public Optional<LookupThrottle.Refusal> refusal() {
        return Optional.ofNullable(throttled);
    }
}
