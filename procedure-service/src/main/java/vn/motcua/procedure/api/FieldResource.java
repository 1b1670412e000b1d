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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.http.Page;
import vn.motcua.platform.http.Preconditions;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.security.Roles;
import vn.motcua.procedure.application.ReferenceDataService;
import vn.motcua.procedure.persistence.FieldEntity;

import java.net.URI;
import java.util.List;

/** The fields (lĩnh vực) procedures are grouped by. */
@Path("/api/v1/fields")
@Tag(name = "Fields", description = "Fields (lĩnh vực) of the catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class FieldResource {

    @Inject
    ReferenceDataService reference;

    @GET
    @PermitAll
    @Operation(summary = "List the fields", description = "Public, sorted by name.")
    @APIResponse(responseCode = "200", description = "All fields")
    public Page<FieldView> list() {
        List<FieldView> fields = reference.fields().stream().map(FieldView::of).toList();
        return new Page<>(fields, 0, Math.max(fields.size(), 1), fields.size());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Create or rename a field", description = "Province admin. Renaming publishes a new version of"
            + " each of its procedures, since their snapshots carry the field's name.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "200", description = "Renamed, or unchanged")
    @APIResponse(responseCode = "400", description = "Code or name breaks a rule",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response put(@PathParam("code") String code, @HeaderParam(Preconditions.IF_MATCH) String ifMatch, FieldBody body) {
        ReferenceDataService.Written<FieldEntity> written = reference.putField(code, body == null ? null : body.name(),
                Preconditions.ifMatch(ifMatch));
        Response.ResponseBuilder response = written.created()
                ? Response.created(URI.create("/api/v1/fields/" + code)) : Response.ok();
        return response.tag(Long.toString(written.value().version())).entity(FieldView.of(written.value())).build();
    }
}
