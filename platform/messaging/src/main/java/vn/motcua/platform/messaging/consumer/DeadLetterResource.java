package vn.motcua.platform.messaging.consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
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
import vn.motcua.platform.http.idempotency.Idempotency;
import vn.motcua.platform.http.idempotency.Idempotent;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.security.Roles;

/** {@code POST /api/v1/admin/dlq/{consumer}/replay}: a province admin replays a consumer's dead letters. */
@Path("/api/v1/admin/dlq/{consumer}/replay")
@Tag(name = "Operations")
public class DeadLetterResource {

    @Inject
    ConsumerService consumers;

    @Inject
    DeadLetterReplayer replayer;

    @Inject
    Idempotency idempotency;

    @POST
    @Idempotent
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Replay a consumer's dead letters",
            description = "Runs the records this consumer sent to the dead-letter topics through it again, once the"
                    + " cause is fixed. Letters that still fail are dead-lettered again with the new reason.")
    @APIResponse(responseCode = "200", description = "What became of each letter",
            content = @Content(schema = @Schema(implementation = ReplayReport.class)))
    @APIResponse(responseCode = "404", description = "The service has no consumer of that name",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response replay(@PathParam("consumer") String consumer) {
        EventHandler handler = consumers.handler(consumer)
                .orElseThrow(() -> ProblemException.notFound("consumer", consumer));
        return idempotency.respond(() -> replayer.replay(handler), report -> Response.ok(report).build());
    }
}
