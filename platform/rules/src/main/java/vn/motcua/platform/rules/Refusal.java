package vn.motcua.platform.rules;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A use case says no to a request, in the language of the use case rather than of HTTP: the input
 * breaks rules, the thing asked for does not exist, the caller may not, the state does not allow it.
 * Application code throws it; the HTTP layer maps each {@link Reason} to one problem+json status, so a
 * use case never names a status code.
 */
public class Refusal extends RuntimeException {

    /** Why a request is refused; each maps to one HTTP status at the edge. */
    public enum Reason {
        /** The input breaks rules of its own (400); the violations name each field. */
        INVALID,
        /** The caller may not do this (403). */
        NOT_ALLOWED,
        /** What the request names does not exist (404). */
        NOT_FOUND,
        /** The current state does not allow it (409). */
        CONFLICT,
        /** Someone else changed the same thing at the same time (409); reading again and retrying helps. */
        CONCURRENT_CHANGE,
        /** The caller's copy is older than the stored one (412); {@link #currentVersion()} says which is current. */
        STALE,
        /** Too much at once (413), such as more rows than an import takes. */
        TOO_LARGE,
        /** The body is of a type not taken here (415), such as a file whose bytes are not a PDF, JPEG or PNG. */
        UNSUPPORTED_TYPE,
        /** The input is well formed but breaks a rule against stored data (422), such as an unknown code. */
        UNPROCESSABLE,
        /** Too many attempts (429); {@link #retryAfter()} says when to try again. */
        TOO_MANY,
        /** The service cannot take it now (503); {@link #retryAfter()} says when to try again. */
        UNAVAILABLE
    }

    private final Reason reason;
    private final List<Violation> violations;
    private final Duration retryAfter;
    private final Long currentVersion;

    public Refusal(Reason reason, String detail, List<Violation> violations) {
        this(reason, detail, violations, null, null);
    }

    private Refusal(Reason reason, String detail, List<Violation> violations, Duration retryAfter, Long currentVersion) {
        super(detail, null, false, false);
        this.reason = reason;
        this.violations = List.copyOf(violations);
        this.retryAfter = retryAfter;
        this.currentVersion = currentVersion;
    }

    /** One field breaks a rule of its own. */
    public static Refusal invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    /** Several fields break rules of their own; the detail names the only one, or counts them. */
    public static Refusal invalid(List<Violation> violations) {
        return new Refusal(Reason.INVALID, summary(violations), violations);
    }

    /** One field breaks a rule against stored data. */
    public static Refusal unprocessable(String field, String message) {
        return unprocessable(List.of(new Violation(field, message)));
    }

    public static Refusal unprocessable(List<Violation> violations) {
        return new Refusal(Reason.UNPROCESSABLE, summary(violations), violations);
    }

    public static Refusal notFound(String what, String identifier) {
        return new Refusal(Reason.NOT_FOUND, "No " + what + " " + identifier, List.of());
    }

    public static Refusal notAllowed(String detail) {
        return new Refusal(Reason.NOT_ALLOWED, detail, List.of());
    }

    public static Refusal conflict(String detail) {
        return new Refusal(Reason.CONFLICT, detail, List.of());
    }

    public static Refusal conflict(String detail, List<Violation> violations) {
        return new Refusal(Reason.CONFLICT, detail, violations);
    }

    public static Refusal concurrentChange(String detail) {
        return new Refusal(Reason.CONCURRENT_CHANGE, detail, List.of());
    }

    /** The caller's version is older than {@code current}. */
    public static Refusal stale(String detail, long current) {
        return new Refusal(Reason.STALE, detail, List.of(), null, current);
    }

    public static Refusal tooLarge(String detail, List<Violation> violations) {
        return new Refusal(Reason.TOO_LARGE, detail, violations);
    }

    public static Refusal unsupportedType(String field, String message) {
        List<Violation> violations = List.of(new Violation(field, message));
        return new Refusal(Reason.UNSUPPORTED_TYPE, summary(violations), violations);
    }

    public static Refusal tooMany(String detail, Duration retryAfter) {
        return new Refusal(Reason.TOO_MANY, detail, List.of(), retryAfter, null);
    }

    public static Refusal unavailable(String detail, Duration retryAfter) {
        return new Refusal(Reason.UNAVAILABLE, detail, List.of(), retryAfter, null);
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return getMessage();
    }

    public List<Violation> violations() {
        return violations;
    }

    /** When a refusal for load ({@link Reason#TOO_MANY}, {@link Reason#UNAVAILABLE}) may be retried. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The stored version a {@link Reason#STALE} request should have named. */
    public OptionalLong currentVersion() {
        return currentVersion == null ? OptionalLong.empty() : OptionalLong.of(currentVersion);
    }

    private static String summary(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal for broken rules names at least one");
        }
        return violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are not valid";
    }
}
