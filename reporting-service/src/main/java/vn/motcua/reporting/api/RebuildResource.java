package vn.motcua.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import vn.motcua.reporting.application.RebuildProgress;
import vn.motcua.reporting.application.RebuildService;

import java.net.URI;

/** {@code /api/v1/admin/rebuild}: a province admin rebuilds the read models from the topics and follows it. */
@Path("/api/v1/admin/rebuild")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class RebuildResource {

    private static final String PROBLEM = "application/problem+json";
    static final String PATH = "/api/v1/admin/rebuild";

    @Inject
    RebuildService rebuilds;

    @Inject
    Idempotency idempotency;

    @POST
    @Idempotent
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Rebuild the read models", description = """
            Replays the unit, catalogue and lifecycle topics from their beginning into fresh tables, while reports go on
            from the current ones, then swaps the fresh tables in at once; live changes made meanwhile are kept. Use it
            after a fix to how events are counted, or when the read models are in doubt. One rebuild runs at a time.
            Follow it with GET; an Idempotency-Key makes a retried start return the same rebuild.""")
    @APIResponse(responseCode = "202", description = "Started; the Location header is where to follow it",
            content = @Content(schema = @Schema(implementation = RebuildProgress.class)))
    @APIResponse(responseCode = "403", description = "Not a province admin",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is running",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response start() {
        return idempotency.respond(() -> rebuilds.start(), started -> Response.accepted(started).location(URI.create(PATH)).build());
    }

    @GET
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "How the latest rebuild is going", description = """
            State RUNNING (replaying; reports come from the current tables), SWAPPING (reading the last records while live
            changes wait a moment), DONE (the rebuilt tables serve reports) or FAILED (the read models are as they were;
            `error` says why). Per partition: where it started, where it is, and the end it is reading to.""")
    @APIResponse(responseCode = "200", description = "The latest rebuild",
            content = @Content(schema = @Schema(implementation = RebuildProgress.class)))
    @APIResponse(responseCode = "404", description = "No rebuild has run",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RebuildProgress progress() {
        return rebuilds.latest().orElseThrow(() -> ProblemException.notFound("rebuild", "has run yet"));
    }
}
