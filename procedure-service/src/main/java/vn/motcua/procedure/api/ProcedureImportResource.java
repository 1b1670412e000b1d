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
import vn.motcua.procedure.application.ProcedureImportService;
import vn.motcua.procedure.domain.ProcedureContent;

import java.util.List;

/** Imports procedures in bulk, from JSON or CSV (docs/catalogue-import.md). */
@Path("/api/v1/procedures/import")
@Tag(name = "Procedures")
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureImportResource {

    static final String DESCRIPTION = """
            Province admin. Imports procedures from a JSON array of the objects `POST /api/v1/procedures` takes \
            (with `code`), or from CSV (`text/csv`: UTF-8, optional byte order mark, header row required).

            Each row is an upsert by code: an unknown code is **CREATED** (version 1), a known one whose content \
            differs is **UPDATED** (a new version), one that says what the catalogue says already is **UNCHANGED**. \
            Each change is kept in the procedure's history and published on `motcua.procedure.catalog.v1`, as a \
            single create or update is. A row is the whole procedure: an update replaces every field, so an empty \
            cell or an omitted field clears it. A withdrawn procedure's code makes its row invalid.

            Every row is checked before anything is written, against the rules of a single create and against \
            the other rows (a code given twice is refused). If any row is invalid, **nothing is written**: 422 \
            whose `errors` name each broken rule as `rows[<row>].<field>` and whose `report` member holds the full \
            report. Rows are numbered from 1 in the order of the file; a CSV header row and blank rows are not \
            counted, and `line` gives the line of the file where a CSV row starts. Within a row, list items count \
            from 0 as in JSON: `rows[2].documents[0].copies`. With `dryRun=true` nothing is written either: the \
            answer is the report of what would happen. At most 5000 rows per import.

            CSV columns, named in the header in any order and case (* required in the header):
            - `code`* national code such as `1.001193`, optional provincial suffix such as `1.000948.H38`
            - `name`*; `result`; `competentAgency`; `announcingDecision`: text
            - `fieldCode`*: a code from `GET /api/v1/fields`
            - `levels`*: `COMMUNE`, `PROVINCE` or `PROVINCE;COMMUNE`
            - `processingTime.unit`*: `WORKING_DAYS`, `WORKING_HOURS` or `SAME_DAY`
            - `processingTime.amount`: how many days or hours; empty for `SAME_DAY`
            - `processingTime.cutoffTime`: `HH:mm`, for `SAME_DAY` only (15:00 when empty)
            - `fees`: items `CHANNEL|amount` or `CHANNEL|amount|description` separated by `;`, such as \
            `COUNTER|20000;ONLINE|10000`; channel `ANY`, `COUNTER`, `ONLINE` or `POST`; amount in whole VND without \
            separators; empty when the procedure is free or its fees are not entered yet
            - `free`: `true` when the procedure is free by law (then `fees` must be empty); `false` or empty otherwise. \
            An empty `fees` cell without `free` = `true` means the fees are not entered yet, not that it is free; the \
            column may be left out of the header
            - `documents`: items `name|FORM|copies` or `name|FORM|copies|template` separated by `;`; FORM `ORIGINAL`, \
            `COPY` or `ORIGINAL_OR_COPY`
            - `steps`, `conditions`, `legalBasis`: texts separated by `;`
            - `onlineServiceLevel`*: `FULL`, `PARTIAL` or `NONE`
            - `effectiveDate`: `yyyy-MM-dd`

            In the list columns (`levels`, `fees`, `documents`, `steps`, `conditions`, `legalBasis`) write `\\;`, \
            `\\|` and `\\\\` for a literal `;`, `|` and `\\`; items are trimmed and blank items ignored. Enclose a \
            value that holds commas, double quotes or line breaks in double quotes and double each quote inside it \
            (RFC 4180).""";

    static final String CSV_EXAMPLE = """
            code,name,fieldCode,levels,processingTime.unit,processingTime.amount,processingTime.cutoffTime,fees,documents,steps,result,conditions,legalBasis,competentAgency,onlineServiceLevel,effectiveDate,announcingDecision
            1.001193,Đăng ký khai sinh,tu-phap-ho-tich,COMMUNE,SAME_DAY,,15:00,ANY|0|Miễn lệ phí khi đăng ký đúng hạn,"Tờ khai đăng ký khai sinh|ORIGINAL|1|Mẫu tờ khai khai sinh;Giấy chứng sinh|ORIGINAL|1","Nộp hồ sơ tại Trung tâm Phục vụ hành chính công xã;Công chức tư pháp - hộ tịch kiểm tra, ghi sổ",Giấy khai sinh,,"Luật Hộ tịch 2014;Nghị định 123/2015/NĐ-CP",Ủy ban nhân dân xã,FULL,2025-07-01,Quyết định 1234/QĐ-UBND
            1.990101,"Hỗ trợ mai táng phí, trợ cấp",bao-tro-xa-hoi,COMMUNE,WORKING_DAYS,5,,COUNTER|20000;ONLINE|10000,Tờ khai|ORIGINAL|1,,Quyết định hỗ trợ,,Nghị định 20/2021/NĐ-CP,Ủy ban nhân dân xã,PARTIAL,2025-07-01,
            """;

    static final String JSON_EXAMPLE = """
            [{"code": "1.990101", "name": "Hỗ trợ mai táng phí", "fieldCode": "bao-tro-xa-hoi", "levels": ["COMMUNE"],
              "processingTime": {"unit": "WORKING_DAYS", "amount": 5},
              "fees": [{"channel": "COUNTER", "amount": 20000}, {"channel": "ONLINE", "amount": 10000}],
              "documents": [{"name": "Tờ khai", "copies": 1, "form": "ORIGINAL"}],
              "legalBasis": ["Nghị định 20/2021/NĐ-CP"], "competentAgency": "Ủy ban nhân dân xã",
              "onlineServiceLevel": "PARTIAL", "effectiveDate": "2025-07-01"}]""";

    @Inject
    ProcedureImportService imports;

    @Inject
    Idempotency idempotency;

    @Inject
    ObjectMapper json;

    @POST
    @Idempotent
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Consumes({MediaType.APPLICATION_JSON, ImportCsv.MEDIA_TYPE})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Import procedures (JSON array or CSV)", description = DESCRIPTION)
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ProcedureBody.class),
                examples = @ExampleObject(name = "two procedures", value = JSON_EXAMPLE)),
        @Content(mediaType = ImportCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "two procedures", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "Imported, or with dryRun=true checked: what each row did or would do",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "The body is empty, not well-formed JSON or CSV (the line is named), not"
            + " an array, not UTF-8; the CSV header names an unknown column or lacks a required one; dryRun is not true or false",
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
    public Response importProcedures(
            @Parameter(description = "true: check every row and report, write nothing; false (the default): import",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"), example = "true")
            @QueryParam("dryRun") String dryRun,
            @Context HttpHeaders headers,
            byte[] body) {
        boolean checkOnly = ImportRequests.dryRun(dryRun);
        List<ImportRow<ProcedureContent>> rows = ImportRequests.isCsv(headers.getMediaType())
                ? ProcedureImportCsv.read(body, headers.getMediaType())
                : ImportJson.read(json, body, ProcedureBody.class, ProcedureBody::code, ProcedureBody::toContent);
        return idempotency.respond(() -> imports.importProcedures(rows, checkOnly), report -> Response.ok(report).build());
    }
}
