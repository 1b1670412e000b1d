package vn.motcua.dossier.application;

import java.util.List;

/** The answer to a historical import: counts, and what became of each row, in the order of the request. */
public record HistoricalImportReport(int rows, int imported, int unchanged, int invalid, List<HistoricalImportResult> results) {

    public HistoricalImportReport {
        results = List.copyOf(results);
    }

    static HistoricalImportReport of(List<HistoricalImportResult> results) {
        return new HistoricalImportReport(results.size(), count(results, HistoricalImportAction.IMPORTED),
                count(results, HistoricalImportAction.UNCHANGED), count(results, HistoricalImportAction.INVALID), results);
    }

    private static int count(List<HistoricalImportResult> results, HistoricalImportAction action) {
        return (int) results.stream().filter(result -> result.action() == action).count();
    }
}
