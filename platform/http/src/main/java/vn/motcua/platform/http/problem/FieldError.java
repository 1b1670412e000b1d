package vn.motcua.platform.http.problem;

/** One rule a request broke: the field (a JSON path such as {@code applicant.phone}) and what it must be. */
public record FieldError(String field, String message) {
}
