package vn.motcua.platform.http.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by application code to answer with a specific problem; the shared exception mapper turns it
 * into {@code application/problem+json}. Headers (such as {@code Retry-After}) travel with it.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final int status;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, type.status(), detail, List.of(), Map.of());
    }

    public ProblemException(ProblemType type, int status, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.status = status;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    /** A request field broke a rule: 400 naming the field. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, ProblemType.VALIDATION.status(),
                field + ": " + message, List.of(new FieldError(field, message)), Map.of());
    }

    /** Several fields broke rules at once: 400 naming each. */
    public static ProblemException invalid(List<FieldError> errors) {
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
                field + ": " + message, List.of(new FieldError(field, message)), Map.of());
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Problem toProblem() {
        return new Problem(type.uri().toString(), type.title(), status, getMessage(), null, errors);
    }
}
