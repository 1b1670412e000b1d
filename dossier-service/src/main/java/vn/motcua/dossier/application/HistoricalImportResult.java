package vn.motcua.dossier.application;

import vn.motcua.platform.rules.Violation;

import java.util.List;
import java.util.UUID;

/**
 * What became of one row of a historical import.
 *
 * @param row       the row's number, from 1
 * @param dossierId the dossier the row is (IMPORTED, UNCHANGED); null when INVALID
 * @param errors    for an INVALID row, each rule it breaks, named from the request's root: {@code rows[2].timeline[3].at}
 */
public record HistoricalImportResult(int row, String code, HistoricalImportAction action, UUID dossierId, List<Violation> errors) {

    public HistoricalImportResult {
        errors = List.copyOf(errors);
    }
}
