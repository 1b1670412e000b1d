package vn.motcua.platform.http.idempotency;

import io.agroal.api.AgroalDataSource;
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
import vn.motcua.platform.http.security.Caller;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

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
    AgroalDataSource dataSource;

    @Inject
    Caller caller;

    @Inject
    RegistrationFailures failures;

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(@QueryParam("channel") String channel, @Valid @NotNull Registration registration)
            throws Exception {
        Registered registered = insert(registration, channel);
        Optional<Exception> failure = failures.takeNext();
        if (failure.isPresent()) {
            throw failure.get();
        }
        return Response.created(URI.create("/api/test/registrations/" + registered.id()))
                .tag(new EntityTag("1"))
                .entity(registered)
                .build();
    }

    @POST
    @Path("/typed")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<Registered> registerTyped(@Valid @NotNull Registration registration) throws SQLException {
        Registered registered = insert(registration, "typed");
        return RestResponse.ResponseBuilder.<Registered>created(URI.create("/api/test/registrations/" + registered.id()))
                .entity(registered)
                .build();
    }

    private Registered insert(Registration registration, String channel) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO test_registration (registered_by, applicant, channel) VALUES (?, ?, ?) RETURNING id")) {
            insert.setString(1, caller.subject());
            insert.setString(2, registration.applicant());
            insert.setString(3, channel);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return new Registered(row.getLong(1), registration.applicant(), caller.subject(), channel);
            }
        }
    }
}
