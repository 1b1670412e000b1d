package vn.motcua.dossier.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.application.CalendarService;
import vn.motcua.dossier.application.CalendarView;
import vn.motcua.dossier.application.Precondition;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.problem.ProblemResponses;
import vn.motcua.platform.http.security.Roles;

/**
 * {@code GET} and {@code PUT /api/v1/calendar/{year}}: the holidays and make-up working days that due
 * dates are counted on. Roles are checked here, before the body is read, so an anonymous or
 * unauthorised write gets 401 or 403 whatever its body.
 */
@Path("/api/v1/calendar/{year}")
@Tag(name = "Calendar", description = "The working calendar: public holidays and make-up working days per year, "
        + "from which due dates are counted (docs/calendar.md)")
public class CalendarResource {

    @Inject
    CalendarService calendars;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.PROVINCE_ADMIN, Roles.ANALYST})
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "A year's holidays and make-up working days",
            description = "The stored calendar of the year, with its version as ETag. A year nobody stored is answered with "
                    + "the proposed one (status PROPOSED, no version): 1 January, Tết (from two days before mùng 1 to mùng 3), "
                    + "Hùng Kings' day (10/3 lunar), 30 April, 1 May, 2 September and an adjacent day, and compensatory "
                    + "days for holidays on a weekly day off. Officers, province admins and analysts may read it.")
    @APIResponse(responseCode = "200", description = "The year's calendar",
            headers = @Header(name = "ETag", description = "The stored version, e.g. \"1\"; absent when proposed",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarResponse.class),
                    examples = {
                            @ExampleObject(name = "stored", summary = "2025, seeded", value = CalendarExamples.STORED_2025),
                            @ExampleObject(name = "proposed", summary = "2027, not stored", value = CalendarExamples.PROPOSED_2027)}))
    @APIResponse(responseCode = "400", description = "The year is not from 1900 to 2100",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "year", value = CalendarExamples.INVALID_YEAR)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A role that may not read the calendar (citizen)",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(in = ParameterIn.PATH, description = "The year, 1900 to 2100", example = "2025",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2100")) @PathParam("year") String year) {
        return answer(calendars.calendarOf(yearOf(year)));
    }

    @PUT
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Store a year's holidays and make-up working days",
            description = "Replaces the year's holidays and make-up working days (or stores a proposed year) and records who "
                    + "changed what in the audit trail. Rules: every date inside the year; no date twice; no day both a holiday "
                    + "and a make-up working day; a make-up working day only on a day the working week does not work in full "
                    + "(Saturday or Sunday in a Monday-Friday week). A holiday may be any date, a weekend included; a weekend "
                    + "holiday's compensatory day is a holiday of its own, listed explicitly. Send If-Match with the ETag you "
                    + "read to be sure nobody changed the year meanwhile (412 otherwise), or If-None-Match: * to store a year "
                    + "only if it is not stored yet. Due times already fixed do not move. Province admins only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalendarRequest.class),
            examples = @ExampleObject(name = "2027", summary = "The proposal for 2027, stored as it is", value = CalendarExamples.PUT_2027)))
    @APIResponse(responseCode = "200", description = "Stored; the body is the stored year with its new version",
            headers = @Header(name = "ETag", description = "The new version, e.g. \"2\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarResponse.class)))
    @APIResponse(responseCode = "400", description = "An entry breaks a rule (each named by its path), or the year is out of range",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "entries", value = CalendarExamples.INVALID)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a province admin",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another write of the same year committed first",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "concurrent", value = CalendarExamples.CONCURRENT)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current (or the year is not stored), "
            + "or If-None-Match matches the stored year",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = CalendarExamples.STALE)))
    public Response put(
            @Parameter(in = ParameterIn.PATH, description = "The year, 1900 to 2100", example = "2027",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2100")) @PathParam("year") String year,
            @Parameter(description = "The ETag read, e.g. \"1\": store only if the year is still at that version")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "* : store only if the year is not stored yet")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Valid @NotNull CalendarRequest calendar) {
        Precondition precondition = Precondition.of(EntityTags.parse(ifMatch), EntityTags.parse(ifNoneMatch));
        return answer(calendars.store(yearOf(year),
                calendar.holidays().stream().map(CalendarDayRequest::toDay).toList(),
                calendar.makeUpWorkingDays().stream().map(CalendarDayRequest::toDay).toList(),
                precondition));
    }

    private static Response answer(CalendarView view) {
        Response.ResponseBuilder response = Response.ok(CalendarResponse.of(view));
        view.revision().ifPresent(revision -> response.tag(new EntityTag(String.valueOf(revision.version()))));
        return response.build();
    }

    /** The path's year as a number; its range is the service's rule. */
    private static int yearOf(String text) {
        if (!text.matches("\\d{1,4}")) {
            throw ProblemException.invalid("year", "must be a year from 1900 to 2100, not '" + text + "'");
        }
        return Integer.parseInt(text);
    }
}
