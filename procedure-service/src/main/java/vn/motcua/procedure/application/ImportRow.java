package vn.motcua.procedure.application;

import vn.motcua.platform.rules.Violation;

import java.util.List;

/**
 * One row of an import file as the API read it, before the catalogue's rules are applied.
 *
 * @param row        the 1-based number of the data row (a CSV file's header is not counted)
 * @param line       for CSV, the line of the file where the row starts; null for JSON
 * @param code       the code the row gives, as written; null when it gives none
 * @param content    what the row says; null when the row could not be read at all
 * @param readErrors what could not be read (a wrong type, an unknown field, an unreadable cell), each naming its field
 */
public record ImportRow<T>(int row, Integer line, String code, T content, List<Violation> readErrors) {

    public ImportRow {
        readErrors = readErrors == null ? List.of() : List.copyOf(readErrors);
    }

    /** Whether nothing of the row could be read, not even its code: then its read error is all there is to say. */
    boolean unreadable() {
        return content == null && readErrors.stream().anyMatch(error -> error.field().isEmpty());
    }

    /**
     * The content's violations, without those of a field that could not be read: a cell that was not
     * a number reads as absent, and "is required" on top of "must be a whole number" would mislead.
     */
    List<Violation> withoutUnreadable(List<Violation> violations) {
        return violations.stream().filter(v -> readErrors.stream().noneMatch(r -> root(r.field()).equals(root(v.field()))))
                .toList();
    }

    /** {@code fees[1].channel} and {@code fees} are about the same column; {@code processingTime.amount} is one of its own. */
    private static String root(String field) {
        int bracket = field.indexOf('[');
        return bracket < 0 ? field : field.substring(0, bracket);
    }
}
