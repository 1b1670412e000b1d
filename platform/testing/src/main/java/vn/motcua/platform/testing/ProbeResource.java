package vn.motcua.platform.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Endpoints that exist only when a service runs under test (this module is a test dependency):
 * they let the shared smoke tests exercise each service's security and error wiring before the
 * service has business endpoints of its own. Never part of a build that ships.
 */
@Path("/test-probe")
public class ProbeResource {

    /** A small body with rules, to check validation and malformed-JSON answers. */
    public record Greeting(@NotBlank String name, @Min(1) int copies) {
    }

    @GET
    @Path("/province-admin-only")
    @RolesAllowed("province_admin")
    @Produces(MediaType.TEXT_PLAIN)
    public String provinceAdminOnly() {
        return "allowed";
    }

    @POST
    @Path("/echo")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Greeting echo(@Valid @NotNull Greeting greeting) {
        return greeting;
    }
}
