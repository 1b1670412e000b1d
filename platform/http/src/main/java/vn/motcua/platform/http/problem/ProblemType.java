package vn.motcua.platform.http.problem;

import java.net.URI;

/**
 * The stable kinds of problem MotCua's APIs report. Each has a URN that clients may switch on, a
 * title that does not vary between occurrences, and an HTTP status; docs/errors.md lists them.
 */
public enum ProblemType {
    VALIDATION("validation", "The request is not valid", 400),
    MALFORMED_BODY("malformed-body", "The request body cannot be read", 400),
    UNAUTHENTICATED("unauthenticated", "Authentication is required", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "No acceptable representation", 406),
    CONFLICT("conflict", "Conflict with the current state", 409),
    CONCURRENT_MODIFICATION("concurrent-modification", "The resource was changed by someone else", 409),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", "A request with this Idempotency-Key is still being processed", 409),
    PRECONDITION_FAILED("precondition-failed", "The resource has changed since you read it", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "The Idempotency-Key was already used for another request", 422),
    UNPROCESSABLE("unprocessable", "The request cannot be processed", 422),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    INTERNAL("internal", "Unexpected error", 500),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503),
    HTTP("http", "HTTP error", 0);

    private static final String PREFIX = "urn:motcua:problem:";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return URI.create(PREFIX + slug);
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The type that describes a bare HTTP status best, for errors raised by the framework itself. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != CONCURRENT_MODIFICATION && type != IDEMPOTENCY_KEY_IN_USE
                    && type != IDEMPOTENCY_KEY_REUSED && type != MALFORMED_BODY) {
                return type;
            }
        }
        return HTTP;
    }
}
