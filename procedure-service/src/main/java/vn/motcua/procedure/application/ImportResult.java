package vn.motcua.procedure.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.procedure.domain.ImportAction;
import vn.motcua.platform.rules.Violation;

import java.util.List;

/**
 * What an import did, or would do, with one row.
 *
 * @param errors each rule the row breaks, its field named within the row; an empty field means the row as a whole
 */
@Schema(description = "One row of an import", example = """
        {"row": 2, "line": 3, "code": "1.980002", "action": "INVALID",
         "errors": [{"field": "processingTime.amount", "message": "must be from 1 to 365 working days"}]}""")
public record ImportResult(
        @Schema(description = "1-based number of the data row; a CSV file's header row is not counted") int row,
        @Schema(description = "CSV only: the line of the file where the row starts")
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer line,
        String code,
        ImportAction action,
        List<Violation> errors) {

    public ImportResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
