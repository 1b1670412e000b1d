package vn.motcua.procedure.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.http.idempotency.Idempotency;
import vn.motcua.platform.http.idempotency.Idempotent;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.problem.ProblemResponses;
import vn.motcua.platform.http.security.Roles;
import vn.motcua.procedure.application.ImportReport;
import vn.motcua.procedure.application.ImportRow;
import vn.motcua.procedure.application.UnitImportService;
import vn.motcua.procedure.domain.UnitContent;

import java.util.List;

/** Imports administrative units in bulk, from JSON or CSV (docs/catalogue-import.md). */
@Path("/api/v1/units/import")
@Tag(name = "Units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitImportResource {

    static final String DESCRIPTION = """
            Province admin. Imports units from a JSON array of `{code, name, kind, agencyCode}` objects, or from \
            CSV (`text/csv`: UTF-8, optional byte order mark) with the header `code,name,kind,agencyCode` (all \
            four required, in any order and case).

            Each row is an upsert by code, checked as `PUT /api/v1/units/{code}` checks it: a 2-digit code is the \
            province (kind `PROVINCE`), a 5-digit one a commune (`COMMUNE`, `WARD` or `SPECIAL_ZONE`). Each row is \
            **CREATED**, **UPDATED** or **UNCHANGED**; each change is published on `motcua.reference.units.v1`. \
            A code given twice, or an agency code given to two rows or held by another unit already, is refused \
            (even when the same file gives that unit a new agency code: move agency codes in separate imports).

            If any row is invalid, **nothing is written**: 422 whose `errors` name each broken rule as \
            `rows[<row>].<field>` (rows numbered from 1; a CSV header and blank rows are not counted) and whose \
            `report` member holds the full report. With `dryRun=true` nothing is written either. At most 5000 rows.""";

    static final String CSV_EXAMPLE = """
            code,name,kind,agencyCode
            16906,Xã Lượng Minh,COMMUNE,000.16.906.H40
            16876,"Xã Tương Dương, Nghệ An",COMMUNE,000.16.876.H40
            """;

    static final String JSON_EXAMPLE = """
            [{"code": "16906", "name": "Xã Lượng Minh", "kind": "COMMUNE", "agencyCode": "000.16.906.H40"},
             {"code": "16690", "name": "Phường Trường Vinh", "kind": "WARD", "agencyCode": "000.16.690.H40"}]""";

    @Inject
    UnitImportService imports;

    @Inject
    Idempotency idempotency;

    @Inject
    ObjectMapper json;

    @POST
    @Idempotent
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Consumes({MediaType.APPLICATION_JSON, ImportCsv.MEDIA_TYPE})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Import units (JSON array or CSV)", description = DESCRIPTION)
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = UnitImportBody.class),
                examples = @ExampleObject(name = "two communes", value = JSON_EXAMPLE)),
        @Content(mediaType = ImportCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "two communes", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "Imported, or with dryRun=true checked: what each row did or would do",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "The body is empty, not well-formed JSON or CSV (the line is named), not"
            + " an array, not UTF-8; the CSV header names an unknown column or lacks one; dryRun is not true or false",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a province admin",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 5000 rows, or a body over the size limit",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither application/json nor text/csv (in UTF-8)",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "At least one row is invalid; nothing was written. The report is in"
            + " the problem's `report` member",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ImportProblem.class)))
    public Response importUnits(
            @Parameter(description = "true: check every row and report, write nothing; false (the default): import",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"), example = "true")
            @QueryParam("dryRun") String dryRun,
            @Context HttpHeaders headers,
            byte[] body) {
        boolean checkOnly = ImportRequests.dryRun(dryRun);
        List<ImportRow<UnitContent>> rows = ImportRequests.isCsv(headers.getMediaType())
                ? UnitImportCsv.read(body, headers.getMediaType())
                : ImportJson.read(json, body, UnitImportBody.class, UnitImportBody::code, UnitImportBody::toContent);
        return idempotency.respond(() -> imports.importUnits(rows, checkOnly), report -> Response.ok(report).build());
    }
}
