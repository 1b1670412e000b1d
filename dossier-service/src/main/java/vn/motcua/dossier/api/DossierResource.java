package vn.motcua.dossier.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import vn.motcua.dossier.application.DossierDetails;
import vn.motcua.dossier.application.DossierService;
import vn.motcua.dossier.application.ReadAudit;
import vn.motcua.dossier.application.WorklistQuery;
import vn.motcua.dossier.domain.forms.FormKind;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.http.Page;
import vn.motcua.platform.http.Preconditions;
import vn.motcua.platform.http.idempotency.Idempotency;
import vn.motcua.platform.http.idempotency.Idempotent;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.security.Roles;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Dossiers: intake, worklists, reading, history and every action of the lifecycle. */
@Path("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "Intake and the lifecycle of dossiers (hồ sơ)")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class DossierResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DossierService dossiers;

    @Inject
    Clock clock;

    @Inject
    Idempotency idempotency;

    @Inject
    ReadAudit audit;

    @POST
    @Idempotent
    @HandsOverReceipt
    @RolesAllowed({Roles.OFFICER, Roles.CITIZEN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a dossier", description = "An officer of the receiving unit at the counter: the dossier is"
            + " RECEIVED at once and its due time fixed. A citizen online: it is SUBMITTED and awaits acceptance."
            + " Send an Idempotency-Key so a retried request creates one dossier. The answer carries, this once, the"
            + " lookup `pin` and the receipt (Mẫu 01) with it, as JSON (`receipt`) and as a printable page (`receiptHtml`);"
            + " the PIN is stored only as a hash, so a retried intake and any later read of the receipt show it masked.")
    @APIResponse(responseCode = "201", description = "Received; the body has its code, due date, receipt link, the lookup PIN and"
            + " the receipt with it", content = @Content(schema = @Schema(allOf = {DossierView.class, ReceiptHandover.class})))
    @APIResponse(responseCode = "400", description = "A field breaks a rule (each is named)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer of the receiving unit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown or withdrawn procedure, unknown unit, or a unit of the wrong level",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response intake(IntakeRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "is required");
        }
        return idempotency.respond(() -> dossiers.intake(request.toCommand()),
                created -> Response.created(URI.create("/api/v1/dossiers/" + created.state().id()))
                        .tag(Long.toString(created.version())).entity(DossierView.of(created, clock.instant())).build());
    }

    @POST
    @Path("counter-refusals")
    @Idempotent
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse a dossier at the counter", description = "An officer of the receiving unit records a dossier"
            + " handed in at the counter (or by post) and refused there, giving the applicant the refusal (Mẫu 03) in person."
            + " It is numbered from the unit's daily sequence like every dossier handed in, but never received: it is"
            + " REFUSED from the start, with no lookup PIN, no receipt (Mẫu 01) and no due time. The body is the intake's"
            + " and `reason` (required) with an optional `reasonCode`. Send an Idempotency-Key so a retried request records"
            + " one refusal. The `Link` header (rel `form`) names its Mẫu 03.")
    @APIResponse(responseCode = "201", description = "Recorded as refused; the body has its code",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule (each is named), such as a missing reason",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer of the receiving unit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown procedure or unit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response refuseAtCounter(CounterRefusalRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "is required");
        }
        return idempotency.respond(() -> dossiers.refuseAtCounter(request.toCommand()),
                refused -> Response.created(URI.create("/api/v1/dossiers/" + refused.state().id()))
                        .tag(Long.toString(refused.version()))
                        .link(URI.create("/api/v1/dossiers/" + refused.state().id() + "/forms/" + FormKind.REFUSAL.pathName()),
                                "form")
                        .entity(DossierView.of(refused, clock.instant())).build());
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.CITIZEN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "Worklist", description = "An officer: the dossiers their unit received or decides; a citizen: their"
            + " own online dossiers. Soonest due first.")
    @APIResponse(responseCode = "200", description = "A page of dossiers")
    @APIResponse(responseCode = "400", description = "A parameter is not valid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<DossierView> worklist(
            @Parameter(description = "Code or its beginning") @QueryParam("code") String code,
            @Parameter(description = "A status name, such as IN_PROGRESS") @QueryParam("status") String status,
            @Parameter(description = "A procedure code") @QueryParam("procedure") String procedure,
            @Parameter(description = "true: only open dossiers past their due time; false: none of those") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Only dossiers due before this date (yyyy-MM-dd)") @QueryParam("dueBefore") String dueBefore,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        WorklistQuery query = new WorklistQuery(code, statusOf(status), procedure, overdue, dateOf(dueBefore), page, size);
        Page<DossierView> found = dossiers.worklist(query).map(details -> DossierView.of(details, clock.instant()));
        audit.read(ReadAudit.What.WORKLIST, found.items().stream().map(DossierView::id).toList());
        return found;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.CITIZEN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "Read a dossier", description = "With the applicant, the documents and the actions open to you."
            + " The ETag is its version, for If-Match on actions.")
    @APIResponse(responseCode = "200", description = "The dossier", content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "403", description = "It belongs to other units",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        DossierDetails details = dossiers.get(id);
        audit.read(ReadAudit.What.DOSSIER, List.of(id));
        return Response.ok(DossierView.of(details, clock.instant())).tag(Long.toString(details.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.OFFICER, Roles.CITIZEN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "A dossier's history", description = "Every transition: who, when, why.")
    @APIResponse(responseCode = "200", description = "The transitions, oldest first")
    public List<HistoryView> history(@PathParam("id") UUID id) {
        List<HistoryView> history = dossiers.history(id).stream().map(HistoryView::of).toList();
        audit.read(ReadAudit.What.HISTORY, List.of(id));
        return history;
    }

    @POST
    @Path("/{id}/actions/{action}")
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.CITIZEN})
    // actions that need nothing may come without a body or a Content-Type
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Act on a dossier", description = """
            Actions: accept, refuse (reason), start, request-supplement (missingDocuments: everything missing, once),
            provide-supplement, request-payment, confirm-payment, suspend (reason), resume, resolve (outcome APPROVED or
            DENIED with reason; resultAsFile), return, withdraw (reason), reschedule (reason, newAppointmentAt).
            Reception actions belong to the receiving unit, processing actions to the competent unit; a citizen may
            withdraw their own online dossier, and provide its supplement once the missing documents' files are uploaded
            since the request. An online dossier is accepted once every document declared as a FILE has its file stored.
            A body is optional for actions that need nothing.""")
    @APIResponse(responseCode = "200", description = "The dossier after the action",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "400", description = "The action needs a field that is missing or wrong",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your unit or role may not take this action on this dossier",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not open in the dossier's status (the actions that are open are listed),"
            + " waiting for files (each document without its file is listed), or someone else changed it at the same moment",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response act(@PathParam("id") UUID id, @PathParam("action") String action,
                        @HeaderParam(Preconditions.IF_MATCH) String ifMatch, ActionRequest request) {
        ActionRequest body = request == null ? new ActionRequest(null, null, null, null, null, null) : request;
        return idempotency.respond(() -> dossiers.act(id, action, body.toCommand(), Preconditions.ifMatch(ifMatch)),
                details -> Response.ok(DossierView.of(details, clock.instant())).tag(Long.toString(details.version())).build());
    }

    private static DossierStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DossierStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of " + String.join(", ",
                    java.util.Arrays.stream(DossierStatus.values()).map(Enum::name).toList()));
        }
    }

    private static LocalDate dateOf(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("dueBefore", "must be a date such as 2025-07-09");
        }
    }
}
