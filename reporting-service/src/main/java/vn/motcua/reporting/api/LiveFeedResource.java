package vn.motcua.reporting.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.problem.ProblemType;
import vn.motcua.platform.http.security.Roles;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.reporting.application.IssuedTicket;
import vn.motcua.reporting.application.LiveFeed;
import vn.motcua.reporting.domain.StreamTicket;
import vn.motcua.reporting.application.StreamTickets;
import vn.motcua.reporting.domain.LiveCounters;

import java.util.List;
import java.util.Map;

/**
 * The live feed: a ticket for a bearer-token holder, then a server-sent event stream of the live
 * counters of a unit or the province, opened with the ticket (EventSource cannot send a header).
 */
@Path("/api/v1/stream")
@Tag(name = "Live feed", description = "Live counters for dashboards, as server-sent events")
public class LiveFeedResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String COUNTERS_EXAMPLE = """
            id: 1042
            event: counters
            retry: 5000
            data: {"unit":"16906","date":"2025-07-01","asOf":"2025-07-01T10:15:00+07:00","received":5,"resolvedEarly":0,\
            "resolvedOnTime":4,"resolvedLate":0,"resolved":4,"refused":0,"withdrawn":0,"inProgress":3,\
            "inProgressNotYetDue":3,"inProgressOverdue":0}

            :keep-alive
            """;

    @Inject
    StreamTickets tickets;

    @Inject
    LiveFeed feed;

    @Inject
    ObjectMapper json;

    @POST
    @Path("/tickets")
    @RolesAllowed({Roles.ANALYST, Roles.PROVINCE_ADMIN, Roles.OFFICER})
    // a dashboard's fetch() with no body sends no Content-Type: any is taken, and the body read as JSON if there is one
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "A ticket to open the live feed", description = """
            Trades the bearer token for a ticket that opens `GET /api/v1/stream` for the next minute, since a browser's
            EventSource cannot send an Authorization header. An officer's ticket is for their own unit; an analyst's or
            province admin's for the unit named, or the whole province. The ticket may be used again until it expires
            (EventSource reconnects to the same URL); afterwards opening a stream with it gets 401: ask for a new one.
            Issuing a ticket changes nothing else, so a retry simply issues another: no Idempotency-Key is needed.""")
    @APIResponse(responseCode = "200", description = "The ticket and the URL to open",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketResponse.class)))
    @APIResponse(responseCode = "400", description = "The unit is not a unit code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A citizen, or an officer asking for another unit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response ticket(
            @RequestBody(description = "Optional: which unit", required = false,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketRequest.class)))
            String body,
            @Context UriInfo uri) {
        IssuedTicket issued = tickets.issue(requestOf(body).unit());
        StreamTicket grant = issued.grant();
        UriBuilder stream = uri.getBaseUriBuilder().path("api/v1/stream").queryParam("ticket", issued.ticket());
        if (grant.unit() != null) {
            stream.queryParam("unit", grant.unit());
        }
        TicketResponse answer = new TicketResponse(issued.ticket(),
                grant.expiresAt().atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime(), grant.unit(),
                stream.build().toString());
        // the ticket is a credential for a minute: no cache may keep it
        return Response.ok(answer, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }

    private TicketRequest requestOf(String body) {
        if (body == null || body.isBlank()) {
            return new TicketRequest(null);
        }
        try {
            TicketRequest request = json.readValue(body, TicketRequest.class);
            return request == null ? new TicketRequest(null) : request;
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, 400, "The body must be JSON such as {\"unit\": \"16906\"},"
                    + " or nothing.", List.of(), Map.of());
        }
    }

    @GET
    @PermitAll
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The live counters, as server-sent events", description = """
            Opens a stream with a ticket from `POST /api/v1/stream/tickets`. Events are named `counters`; each carries
            the scope's counters (today's received, resolved by timeliness, refused and withdrawn; the open dossiers now,
            not yet due and overdue) and an `id` that increases with every event. The current counters come at once
            on every (re)connection; then an event follows each change of them, within about a second, and a
            `:keep-alive` comment every 15 s. Counters are snapshots, so a reconnection with `Last-Event-ID` misses
            nothing: its first event is the state now. The stream closes after an hour; EventSource then reconnects with
            its expired ticket, gets 401, and the dashboard asks for a new ticket.""")
    @APIResponse(responseCode = "200", description = "The stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = LiveCounters.class),
                    examples = @ExampleObject(name = "counters", value = COUNTERS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The unit is not a unit code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No ticket, an unknown one, or an expired one: ask for a new ticket",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The ticket is bound to another unit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many streams open for this user, or too many requests from this address",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public void stream(
            @Parameter(description = "A ticket from POST /api/v1/stream/tickets", required = true) @QueryParam("ticket") String ticket,
            @Parameter(description = "Unit code; absent: the ticket's scope", example = "16906") @QueryParam("unit") String unit,
            @Parameter(description = "Sent by EventSource when it reconnects; the first event then is the state now")
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Context SseEventSink sink, @Context Sse sse, @Context HttpServerResponse response) {
        StreamTicket grant = tickets.redeem(ticket).orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED, 401,
                ticket == null || ticket.isBlank()
                        ? "A ticket is required: get one from POST /api/v1/stream/tickets with your bearer token."
                        : "This ticket is unknown or has expired: get a new one from POST /api/v1/stream/tickets.",
                List.of(), Map.of("WWW-Authenticate", "Bearer")));
        String requested = StreamTickets.unitCode(unit);
        if (!grant.allows(requested)) {
            throw ProblemException.forbidden("This ticket is for the live counters of unit " + grant.unit() + " only.");
        }
        // Last-Event-ID needs nothing more: counters are snapshots, and the first event, sent at once, is the
        // state now, with an id from the same sequence as the one the client saw last, so a higher one.
        // A stream must reach the browser as it is written: no cache, no proxy buffering.
        response.putHeader("Cache-Control", "no-store");
        response.putHeader("X-Accel-Buffering", "no");
        feed.open(grant.subject(), grant.scopeOf(requested), sink, sse);
    }
}
