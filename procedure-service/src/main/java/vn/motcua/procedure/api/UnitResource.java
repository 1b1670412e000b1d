package vn.motcua.procedure.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.security.Roles;
import vn.motcua.procedure.application.ReferenceDataService;
import vn.motcua.procedure.domain.UnitKind;
import vn.motcua.procedure.persistence.UnitEntity;

import java.net.URI;
import java.util.List;

/** The province and its communes. */
@Path("/api/v1/units")
@Tag(name = "Units", description = "Administrative units: the province and its communes")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    ReferenceDataService reference;

    @GET
    @PermitAll
    @Operation(summary = "List the units", description = "Public, by code.")
    @APIResponse(responseCode = "200", description = "The units")
    public Page<UnitView> list(@Parameter(description = "PROVINCE, COMMUNE, WARD or SPECIAL_ZONE") @QueryParam("kind") String kind) {
        List<UnitView> units = reference.units(QueryEnums.parse("kind", kind, UnitKind.class)).stream().map(UnitView::of).toList();
        return new Page<>(units, 0, Math.max(units.size(), 1), units.size());
    }

    @GET
    @PermitAll
    @Path("/{code}")
    @Operation(summary = "Read a unit", description = "Public. The ETag header carries its version.")
    @APIResponse(responseCode = "200", description = "The unit", content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "404", description = "No such unit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("code") String code) {
        UnitEntity unit = reference.unit(code);
        return Response.ok(UnitView.of(unit)).tag(Long.toString(unit.version())).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Create or change a unit", description = "Province admin. Every change is published on"
            + " motcua.reference.units.v1.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "200", description = "Changed, or unchanged")
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The agency code belongs to another unit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response put(@PathParam("code") String code, @HeaderParam(Preconditions.IF_MATCH) String ifMatch, UnitBody body) {
        if (body == null) {
            throw vn.motcua.platform.http.problem.ProblemException.invalid("body", "is required");
        }
        ReferenceDataService.Written<UnitEntity> written = reference.putUnit(code, body.toContent(), Preconditions.ifMatch(ifMatch));
        Response.ResponseBuilder response = written.created()
                ? Response.created(URI.create("/api/v1/units/" + code)) : Response.ok();
        return response.tag(Long.toString(written.value().version())).entity(UnitView.of(written.value())).build();
    }
}
