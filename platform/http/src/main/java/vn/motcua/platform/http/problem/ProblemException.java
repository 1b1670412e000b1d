package vn.motcua.platform.http.problem;

import vn.motcua.platform.http.Preconditions;
import vn.motcua.platform.rules.Refusal;
import vn.motcua.platform.rules.Violation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by application code to answer with a specific problem; the shared exception mapper turns it
 * into {@code application/problem+json}. Headers (such as {@code Retry-After}) travel with it.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final int status;
    private final List<Violation> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, type.status(), detail, List.of(), Map.of());
    }

    public ProblemException(ProblemType type, int status, String detail, List<Violation> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.status = status;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    /** A request field broke a rule: 400 naming the field. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, ProblemType.VALIDATION.status(),
                field + ": " + message, List.of(new Violation(field, message)), Map.of());
    }

    /** Several fields broke rules at once: 400 naming each. */
    public static ProblemException invalid(List<Violation> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are not valid";
        return new ProblemException(ProblemType.VALIDATION, ProblemType.VALIDATION.status(), detail, errors, Map.of());
    }

    public static ProblemException notFound(String what, String identifier) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " " + identifier);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, ProblemType.UNPROCESSABLE.status(),
                field + ": " + message, List.of(new Violation(field, message)), Map.of());
    }

    /** The problem that answers a use case's refusal: one status per reason, the violations as {@code errors}. */
    public static ProblemException of(Refusal refusal) {
        ProblemType type = switch (refusal.reason()) {
            case INVALID -> ProblemType.VALIDATION;
            case NOT_ALLOWED -> ProblemType.FORBIDDEN;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case CONFLICT -> ProblemType.CONFLICT;
            case CONCURRENT_CHANGE -> ProblemType.CONCURRENT_MODIFICATION;
            case STALE -> ProblemType.PRECONDITION_FAILED;
            case TOO_LARGE -> ProblemType.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_TYPE -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case UNPROCESSABLE -> ProblemType.UNPROCESSABLE;
            case TOO_MANY -> ProblemType.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> ProblemType.SERVICE_UNAVAILABLE;
        };
        Map<String, String> headers = new LinkedHashMap<>();
        refusal.retryAfter().ifPresent(after -> headers.put("Retry-After", Long.toString(Math.max(1, after.toSeconds()))));
        refusal.currentVersion().ifPresent(version -> headers.put("ETag", Preconditions.etag(version)));
        return new ProblemException(type, type.status(), refusal.detail(), refusal.violations(), headers);
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return status;
    }

    public List<Violation> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Problem toProblem() {
        return new Problem(type.uri().toString(), type.title(), status, getMessage(), null, errors);
    }
}
