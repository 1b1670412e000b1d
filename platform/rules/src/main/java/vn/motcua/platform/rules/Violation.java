package vn.motcua.platform.rules;

import java.util.Objects;

/**
 * One rule that data broke: the field, as a JSON path such as {@code applicant.phone} or
 * {@code documents[1].copies} (empty for the whole input), and what it must be. Every service's domain
 * says "this field breaks this rule" with this record; the HTTP layer lists them under {@code errors}.
 */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** The same violation under a parent path: {@code phone} under {@code applicant}, {@code [2]} under {@code holidays}. */
    public Violation under(String parent) {
        if (field.isEmpty()) {
            return new Violation(parent, message);
        }
        return new Violation(parent + (field.startsWith("[") ? "" : ".") + field, message);
    }
}
