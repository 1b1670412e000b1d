package vn.motcua.procedure.application;

import vn.motcua.platform.rules.Refusal;
import vn.motcua.platform.rules.Violation;
import vn.motcua.procedure.domain.ImportAction;

import java.util.List;

/**
 * An import with at least one invalid row: an unprocessable refusal, nothing written. Each broken rule is
 * named as {@code rows[<row>].<field>}, where {@code <row>} is the 1-based row number the report shows.
 * The report travels with it so that the API can return it inside the problem.
 */
public class ImportRejectedException extends Refusal {

    private final transient ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super(Reason.UNPROCESSABLE, detail(report), errors(report));
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }

    private static String detail(ImportReport report) {
        List<Integer> rows = report.results().stream().filter(r -> r.action() == ImportAction.INVALID).map(ImportResult::row).toList();
        String which = rows.size() == 1 ? "Row " + rows.get(0) + " is" : rows.size() + " rows are";
        return which + " not valid, so nothing was imported" + (report.dryRun() ? " (dry run)" : "")
                + "; the report lists the rule each breaks.";
    }

    private static List<Violation> errors(ImportReport report) {
        return report.results().stream()
                .flatMap(result -> result.errors().stream().map(error -> new Violation(
                        "rows[" + result.row() + "]" + (error.field().isEmpty() ? ""
                                : error.field().startsWith("[") ? error.field() : "." + error.field()),
                        error.message())))
                .toList();
    }
}
