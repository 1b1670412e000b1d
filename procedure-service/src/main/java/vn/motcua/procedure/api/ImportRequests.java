package vn.motcua.procedure.api;

import jakarta.ws.rs.core.MediaType;
import vn.motcua.platform.http.problem.ProblemException;

import java.util.Locale;

/** What the two import endpoints read from a request besides its body. */
final class ImportRequests {

    private ImportRequests() {
    }

    /**
     * {@code dryRun}: absent or {@code false} imports, {@code true} only checks. Anything else, a bare
     * {@code ?dryRun} included, is refused rather than read as false: a mistyped dry run must not write.
     */
    static boolean dryRun(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid("dryRun", "must be true or false");
        };
    }

    static boolean isCsv(MediaType type) {
        return type != null && type.isCompatible(MediaType.valueOf(ImportCsv.MEDIA_TYPE));
    }
}
