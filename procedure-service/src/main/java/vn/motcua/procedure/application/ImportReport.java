package vn.motcua.procedure.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.procedure.domain.ImportAction;

import java.util.List;

/** What an import did, or with {@code dryRun} would do: counts per action and every row's result, in file order. */
@Schema(description = "The report of an import", example = """
        {"dryRun": false, "rows": 3, "created": 2, "updated": 1, "unchanged": 0, "invalid": 0,
         "results": [{"row": 1, "code": "1.980001", "action": "CREATED", "errors": []},
                     {"row": 2, "code": "1.980002", "action": "CREATED", "errors": []},
                     {"row": 3, "code": "1.001193", "action": "UPDATED", "errors": []}]}""")
public record ImportReport(
        @Schema(description = "true when nothing was written: the import was only checked") boolean dryRun,
        @Schema(description = "How many data rows the file has") int rows,
        int created,
        int updated,
        int unchanged,
        int invalid,
        List<ImportResult> results) {

    public ImportReport {
        results = List.copyOf(results);
    }

    static ImportReport of(boolean dryRun, List<ImportResult> results) {
        return new ImportReport(dryRun, results.size(), count(results, ImportAction.CREATED), count(results, ImportAction.UPDATED),
                count(results, ImportAction.UNCHANGED), count(results, ImportAction.INVALID), results);
    }

    /** Whether every row may be imported. */
    public boolean valid() {
        return invalid == 0;
    }

    private static int count(List<ImportResult> results, ImportAction action) {
        return (int) results.stream().filter(result -> result.action() == action).count();
    }
}
