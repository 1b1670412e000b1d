package vn.motcua.dossier.application;

import vn.motcua.platform.rules.Violation;

import java.util.List;

/**
 * One row of a historical import as the API read it: the dossier, or, when the row could not be read
 * (a value of the wrong type, an unknown field), what was wrong with it.
 *
 * @param row        the row's number, from 1, in the order of the array
 * @param code       the row's code as far as it could be read, for the report
 * @param dossier    null when the row could not be read
 * @param readErrors each named within the row ({@code timeline[3].at})
 */
public record HistoricalRow(int row, String code, HistoricalDossier dossier, List<Violation> readErrors) {

    public HistoricalRow {
        readErrors = List.copyOf(readErrors);
    }

    public static HistoricalRow read(int row, HistoricalDossier dossier) {
        return new HistoricalRow(row, dossier.code(), dossier, List.of());
    }

    public static HistoricalRow unreadable(int row, String code, List<Violation> errors) {
        return new HistoricalRow(row, code, null, errors);
    }
}
