package vn.motcua.platform.http.idempotency;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/**
 * An idempotent POST whose side effect is a row in {@code test_registration}, so tests can count how
 * often the method really ran.
 */
@Path("/api/test/registrations")
@Authenticated
public class RegistrationTestResource {

    public record Registration(@NotBlank String applicant, String note) {
    }

    public record Registered(long id, String applicant, String registeredBy, String channel) {
    }

    @Inject
    Registrations registrations;

    @Inject
    Idempotency idempotency;

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(@QueryParam("channel") String channel, @Valid @NotNull Registration registration)
            throws Exception {
        return idempotency.respond(() -> registrations.register(registration, channel),
                registered -> Response.created(URI.create("/api/test/registrations/" + registered.id()))
                        .tag(new EntityTag("1"))
                        .entity(registered)
                        .build());
    }

    @POST
    @Path("/typed")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<Registered> registerTyped(@Valid @NotNull Registration registration) throws Exception {
        return idempotency.respond(() -> registrations.register(registration, "typed"),
                registered -> RestResponse.ResponseBuilder.<Registered>created(URI.create("/api/test/registrations/" + registered.id()))
                        .entity(registered)
                        .build());
    }
}
