package vn.motcua.procedure.application;

import vn.motcua.platform.rules.Refusal;
import vn.motcua.platform.rules.Violation;

import java.util.List;

/** How much one import takes: all its rows are checked, and then written, in one transaction. */
public final class ImportLimits {

    /** Rows per import; a larger catalogue is imported in several files. */
    public static final int MAX_ROWS = 5000;

    private ImportLimits() {
    }

    /** Too large, naming the limit. */
    public static Refusal tooManyRows() {
        return Refusal.tooLarge("An import takes at most " + MAX_ROWS + " rows; split the file and import each part.",
                List.of(new Violation("rows", "must be at most " + MAX_ROWS + " per import")));
    }

    static void requireWithin(int rows) {
        if (rows > MAX_ROWS) {
            throw tooManyRows();
        }
    }
}
