package vn.motcua.procedure.domain;

/** A rule that data broke: the field (a JSON path such as {@code documents[1].copies}) and what it must be. */
public record Violation(String field, String message) {

    /** The same violation under a parent path, such as {@code processingTime.amount}. */
    public Violation under(String parent) {
        return new Violation(parent + (field.startsWith("[") ? "" : ".") + field, message);
    }
}
