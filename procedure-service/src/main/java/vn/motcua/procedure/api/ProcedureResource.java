package vn.motcua.procedure.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.http.Page;
import vn.motcua.platform.http.Preconditions;
import vn.motcua.platform.http.idempotency.Idempotency;
import vn.motcua.platform.http.idempotency.Idempotent;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.security.Roles;
import vn.motcua.procedure.application.CatalogConfig;
import vn.motcua.procedure.application.CatalogService;
import vn.motcua.procedure.application.ProcedureDetails;
import vn.motcua.procedure.domain.Level;
import vn.motcua.procedure.domain.ProcedureStatus;

import java.net.URI;
import java.util.List;

/** The procedure catalogue: public reading and search, publication by the province admin. */
@Path("/api/v1/procedures")
@Tag(name = "Procedures", description = "The catalogue of administrative procedures (thủ tục hành chính)")
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {

    static final String PROBLEM = "application/problem+json";

    @Inject
    CatalogService catalog;

    @Inject
    Idempotency idempotency;

    @Inject
    CatalogConfig config;

    @GET
    @PermitAll
    @Operation(summary = "Search the catalogue",
            description = "Public. `q` ignores case, diacritics and Unicode composition (`dang ky khai sinh`, `ĐĂNG KÝ`,"
                    + " `khai sinh` all find \"Đăng ký khai sinh\"; đ matches d) and matches code prefixes; best matches first."
                    + " Without `status`, only ACTIVE procedures are listed.")
    @APIResponse(responseCode = "200", description = "A page of procedures",
            content = @Content(schema = @Schema(implementation = ProcedurePage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<ProcedureView> search(
            @Parameter(description = "Words or a code prefix", example = "khai sinh") @QueryParam("q") String q,
            @Parameter(description = "Field code", example = "tu-phap-ho-tich") @QueryParam("field") String field,
            @Parameter(description = "PROVINCE or COMMUNE") @QueryParam("level") String level,
            @Parameter(description = "ACTIVE (default) or WITHDRAWN") @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        ProcedureStatus wanted = QueryEnums.parse("status", status, ProcedureStatus.class);
        CatalogService.Search search = new CatalogService.Search(q, field == null || field.isBlank() ? null : field.strip(),
                QueryEnums.parse("level", level, Level.class), wanted == null ? ProcedureStatus.ACTIVE : wanted, page, size);
        return catalog.search(search).map(this::view);
    }

    @GET
    @PermitAll
    @Path("/{code}")
    @Operation(summary = "Read a procedure", description = "Public. The ETag header carries its version.")
    @APIResponse(responseCode = "200", description = "The procedure", content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    @APIResponse(responseCode = "404", description = "No such procedure",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("code") String code) {
        ProcedureDetails procedure = catalog.get(code);
        return Response.ok(view(procedure)).tag(new jakarta.ws.rs.core.EntityTag(Long.toString(procedure.version()))).build();
    }

    @GET
    @PermitAll
    @Path("/{code}/versions")
    @Operation(summary = "A procedure's history", description = "Public. Every version as it was published, oldest first.")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = "No such procedure",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<ProcedureVersionView> versions(@PathParam("code") String code) {
        return catalog.versions(code).stream().map(ProcedureVersionView::of).toList();
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Publish a new procedure", description = "Province admin. It starts ACTIVE at version 1.")
    @APIResponse(responseCode = "201", description = "Published; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule (each is named)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code exists already",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The field code is unknown",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(ProcedureBody body) {
        return idempotency.respond(
                () -> catalog.create(body == null ? null : body.code(), body == null ? null : body.toContent()),
                created -> Response.created(URI.create("/api/v1/procedures/" + created.code()))
                        .tag(Long.toString(created.version())).entity(view(created)).build());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Publish a new version of a procedure",
            description = "Province admin. Send If-Match with the ETag you read to be sure nobody changed it meanwhile."
                    + " A body equal to the current content changes nothing.")
    @APIResponse(responseCode = "200", description = "The new version", content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Withdrawn, or changed by someone else at the same moment",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("code") String code, @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           ProcedureBody body) {
        ProcedureDetails updated = catalog.update(code, body == null ? null : body.toContent(), Preconditions.ifMatch(ifMatch));
        return Response.ok(view(updated)).tag(Long.toString(updated.version())).build();
    }

    @POST
    @Path("/{code}/withdraw")
    @Idempotent
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Withdraw a procedure", description = "Province admin. It stays readable, with its history,"
            + " but leaves the boards and takes no new dossiers.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    @APIResponse(responseCode = "409", description = "Already withdrawn",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("code") String code, @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return idempotency.respond(() -> catalog.withdraw(code, Preconditions.ifMatch(ifMatch)),
                withdrawn -> Response.ok(view(withdrawn)).tag(Long.toString(withdrawn.version())).build());
    }

    private ProcedureView view(ProcedureDetails procedure) {
        return ProcedureView.of(procedure, config.publicUrlOf(procedure.code()));
    }

    /** The list answer, for the OpenAPI document. */
    @Schema(name = "ProcedurePage")
    public record ProcedurePage(List<ProcedureView> items, int page, int size, long total) {
    }
}
