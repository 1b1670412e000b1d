package vn.motcua.platform.http.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.http.problem.Problem;

/** {@code GET /api/v1/me}, served by every service: lets a portal check a token and show who is signed in. */
@Path("/api/v1/me")
@Tag(name = "Identity")
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class MeResource {

    @Inject
    Caller caller;

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Who the bearer token says you are", description = "Subject, roles and unit, read from the JWT.")
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(schema = @Schema(implementation = Me.class)))
    @APIResponse(responseCode = "401", description = "No token, or a token that is not valid",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Me me() {
        return new Me(caller.subject(), caller.roles(), caller.unitCode().orElse(null));
    }
}
