package vn.motcua.platform.http.problem;

import vn.motcua.platform.rules.Violation;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error MotCua's APIs return as
 * {@code application/problem+json}. {@code errors} lists the broken rules of a validation failure.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public Problem withInstance(String newInstance) {
        return new Problem(type, title, status, detail, newInstance, errors);
    }
}
