package vn.motcua.procedure.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.platform.rules.Violation;
import vn.motcua.procedure.application.ImportReport;

import java.util.List;

/**
 * The problem an import with invalid rows answers (422): an RFC 9457 problem whose {@code errors} name
 * each broken rule as {@code rows[<row>].<field>}, with the whole report as the extension member {@code report}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "An import refused because of invalid rows; nothing was written", example = """
        {"type": "urn:motcua:problem:unprocessable", "title": "The request cannot be processed", "status": 422,
         "detail": "Row 2 is not valid, so nothing was imported; the report lists the rule each breaks.",
         "instance": "/api/v1/procedures/import",
         "errors": [{"field": "rows[2].processingTime.amount", "message": "must be from 1 to 365 working days"}],
         "report": {"dryRun": false, "rows": 3, "created": 2, "updated": 0, "unchanged": 0, "invalid": 1,
                    "results": [{"row": 1, "code": "1.980001", "action": "CREATED", "errors": []},
                                {"row": 2, "code": "1.980002", "action": "INVALID",
                                 "errors": [{"field": "processingTime.amount", "message": "must be from 1 to 365 working days"}]},
                                {"row": 3, "code": "1.980003", "action": "CREATED", "errors": []}]}}""")
public record ImportProblem(String type, String title, int status, String detail, String instance, List<Violation> errors,
                            @Schema(description = "What each row would have done; INVALID rows carry their errors")
                            ImportReport report) {
}
