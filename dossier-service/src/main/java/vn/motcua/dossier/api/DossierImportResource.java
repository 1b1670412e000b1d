package vn.motcua.dossier.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.application.HistoricalImport;
import vn.motcua.dossier.application.HistoricalImportReport;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.security.Roles;

/**
 * The historical import: dossiers from a legacy system with their real timelines. Its literal path
 * wins over {@code /api/v1/dossiers/{id}} in request matching, so {@code import} is never read as an id.
 */
@Path("/api/v1/dossiers/import")
@Tag(name = "Dossiers", description = "Intake and the lifecycle of dossiers (hồ sơ)")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class DossierImportResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    HistoricalImport imports;

    @Inject
    ObjectMapper json;

    @POST
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import historical dossiers", description = """
            Up to 1000 dossiers of a legacy system, each with its timeline (submit or receive, then each action with its
            time; or refuse alone, for a paper dossier refused at the counter as it was handed in). Each row is checked as intake checks a live dossier, and its timeline is replayed through the lifecycle
            rules at the historical times: the due time (the legacy one when given), pauses and timeliness come out as the
            calendar rules say. A valid row becomes a dossier with its history and one lifecycle event per step, carrying
            the step's time, in a transaction of its own: an invalid row writes nothing and does not stop the others.
            The same row imported again is UNCHANGED (nothing written or published); another row under an imported code
            is INVALID. The answer is 200 with a report of every row whenever the rows could be checked; read `invalid`.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = HistoricalDossierRequest.class),
            examples = @ExampleObject(name = "received and resolved", value = """
                    [{"code": "H40.16906-2025-000123", "procedureCode": "1.004884", "receivingUnitCode": "16906",
                      "channel": "COUNTER",
                      "applicant": {"fullName": "Lô Văn Minh", "citizenId": "040203001234", "phone": "0912345678",
                                    "address": "Bản Xốp Mạt, xã Lượng Minh, Nghệ An"},
                      "documents": [{"name": "Tờ khai", "receivedAs": "PAPER"}],
                      "timeline": [{"action": "receive", "at": "2025-07-01T08:00:00+07:00"},
                                   {"action": "start", "at": "2025-07-01T09:00:00+07:00"},
                                   {"action": "resolve", "at": "2025-07-02T10:00:00+07:00", "outcome": "APPROVED",
                                    "resultAsFile": false},
                                   {"action": "return", "at": "2025-07-02T14:00:00+07:00"}]}]""")))
    @APIResponse(responseCode = "200", description = "What became of each row: IMPORTED, UNCHANGED or INVALID (with errors)",
            content = @Content(schema = @Schema(implementation = HistoricalImportReport.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON array of 1 or more dossiers",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a province admin",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 1000 rows, or a body over the size limit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public HistoricalImportReport importDossiers(JsonNode body) {
        return imports.importRows(HistoricalImportRows.read(body, json));
    }
}
