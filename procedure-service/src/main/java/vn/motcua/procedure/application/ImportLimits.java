package vn.motcua.procedure.application;

import vn.motcua.platform.rules.Violation;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.problem.ProblemType;

import java.util.List;
import java.util.Map;

/** How much one import takes: all its rows are checked, and then written, in one transaction. */
public final class ImportLimits {

    /** Rows per import; a larger catalogue is imported in several files. */
    public static final int MAX_ROWS = 5000;

    private ImportLimits() {
    }

    /** 413 naming the limit. */
    public static ProblemException tooManyRows() {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE.status(),
                "An import takes at most " + MAX_ROWS + " rows; split the file and import each part.",
                List.of(new Violation("rows", "must be at most " + MAX_ROWS + " per import")), Map.of());
    }

    static void requireWithin(int rows) {
        if (rows > MAX_ROWS) {
            throw tooManyRows();
        }
    }
}
