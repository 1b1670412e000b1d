package vn.motcua.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.security.Caller;
import vn.motcua.platform.http.security.Roles;
import vn.motcua.platform.rules.Violation;
import vn.motcua.reporting.application.Index766Service;
import vn.motcua.reporting.application.ReportService;
import vn.motcua.reporting.domain.Granularity;
import vn.motcua.reporting.domain.ReportScope;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The province's reports, one method each, as JSON (the report's own body), CSV or XLSX. A dossier counts
 * under its competent unit; {@code from} and {@code to} are inclusive local dates. Analysts and province
 * admins see the province; an officer only their unit.
 */
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "What the province measures, per unit, field and procedure")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.ANALYST, Roles.PROVINCE_ADMIN, Roles.OFFICER})
@Produces({MediaType.APPLICATION_JSON, ReportResource.CSV, ReportResource.XLSX})
@APIResponse(responseCode = "400", description = "A parameter is not valid",
        content = @Content(mediaType = ReportResource.PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "An officer asked for another unit",
        content = @Content(mediaType = ReportResource.PROBLEM, schema = @Schema(implementation = Problem.class)))
public class ReportResource {

    static final String PROBLEM = "application/problem+json";
    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FORMATS = " format=json (default), csv (UTF-8 with BOM) or xlsx, with Vietnamese headings.";
    private static final List<String> REPORTS = List.of(SummaryReport.NAME, UnitReport.NAME, FieldReport.NAME,
            ProcedureReport.NAME, TimeseriesReport.NAME, OverdueReport.NAME, Index766Report.NAME);

    @Inject
    ReportService reports;

    @Inject
    Index766Service index766;

    @Inject
    Caller caller;

    @GET
    @Path(SummaryReport.NAME)
    @Operation(summary = "Summary", description = "The scope's figures and the formulas of the derived ones." + FORMATS)
    @APIResponse(responseCode = "200", description = "The summary", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryReport.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX)})
    public Response summary(@BeanParam ReportQuery query) {
        Accepted request = accept(query);
        SummaryReport report = SummaryReport.of(request.scope(), reports.summary(request.scope()));
        return answer(request, report, () -> ReportTables.of(report));
    }

    @GET
    @Path(UnitReport.NAME)
    @Operation(summary = "By unit", description = """
            Every competent unit's figures, best on-time rate first, with the dossiers its centre received for
            other units, the documents received and digitized (stored as files) and the results stored as electronic \
            files (and signed), with their shares.""" + FORMATS)
    @APIResponse(responseCode = "200", description = "The units, ranked", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitReport.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX)})
    public Response byUnit(@BeanParam ReportQuery query) {
        Accepted request = accept(query);
        UnitReport report = UnitReport.of(request.scope(), reports.byUnit(request.scope()));
        return answer(request, report, () -> ReportTables.of(report));
    }

    @GET
    @Path(FieldReport.NAME)
    @Operation(summary = "By field", description = """
            Every field's figures, by field code, with the documents received and digitized (stored as files) and the \
            results stored as electronic files (and signed), with their shares.""" + FORMATS)
    @APIResponse(responseCode = "200", description = "The fields", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FieldReport.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX)})
    public Response byField(@BeanParam ReportQuery query) {
        Accepted request = accept(query);
        FieldReport report = FieldReport.of(request.scope(), reports.byField(request.scope()));
        return answer(request, report, () -> ReportTables.of(report));
    }

    @GET
    @Path(ProcedureReport.NAME)
    @Operation(summary = "By procedure", description = "Every procedure's figures, by procedure code." + FORMATS)
    @APIResponse(responseCode = "200", description = "The procedures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcedureReport.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX)})
    public Response byProcedure(@BeanParam ReportQuery query) {
        Accepted request = accept(query);
        ProcedureReport report = ProcedureReport.of(request.scope(), reports.byProcedure(request.scope()));
        return answer(request, report, () -> ReportTables.of(report));
    }

    @GET
    @Path(TimeseriesReport.NAME)
    @Operation(summary = "Time series", description = """
            What was received and resolved (early, on time, late) per day, week or month of the period; buckets
            with neither are left out.""" + FORMATS)
    @APIResponse(responseCode = "200", description = "The buckets", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimeseriesReport.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX)})
    public Response timeseries(@BeanParam ReportQuery query,
                               @Parameter(description = "day (default), week or month") @QueryParam("granularity")
                               String granularity) {
        Accepted request = accept(query);
        Granularity buckets = granularityOf(granularity);
        TimeseriesReport report = TimeseriesReport.of(request.scope(), buckets, reports.timeseries(request.scope(), buckets));
        return answer(request, report, () -> ReportTables.of(report));
    }

    @GET
    @Path(OverdueReport.NAME)
    @Operation(summary = "Overdue dossiers", description = """
            The dossiers open and past their due time as of `to`, most overdue first (10,000 at most); codes and
            dates only.""" + FORMATS)
    @APIResponse(responseCode = "200", description = "The overdue dossiers", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverdueReport.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX)})
    public Response overdue(@BeanParam ReportQuery query) {
        Accepted request = accept(query);
        OverdueReport report = OverdueReport.of(request.scope(), reports.overdue(request.scope()));
        return answer(request, report, () -> ReportTables.of(report));
    }

    @GET
    @Path(Index766Report.NAME)
    @Operation(summary = "Decision 766 index", description = """
            The Decision 766/QĐ-TTg index in its six groups (transparency 18, progress 20, online service 12, online \
            payment 10, digitization 22, satisfaction 18), each with its formula, counts, status and score. A group \
            the platform's data cannot support yet is NOT_COMPUTABLE: online payment, until payments are recorded; \
            one with nothing to measure in the scope is NO_DATA (digitization too when either half, documents \
            received or dossiers resolved, has nothing to divide by); neither is scored nor counted in \
            maximumComputed. Digitization counts stored files only: documents digitized and results issued as \
            stored electronic files.""" + FORMATS)
    @APIResponse(responseCode = "200", description = "The six groups and the total of those computed", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Index766Report.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX)})
    public Response index766(@BeanParam ReportQuery query) {
        Accepted request = accept(query);
        Index766Report report = Index766Report.of(request.scope(), index766.index(request.scope()));
        return answer(request, report, () -> ReportTables.of(report));
    }

    @GET
    @Path("{report}")
    @Operation(summary = "Any other name", description = "There is no such report: 404, naming the reports there are.")
    @APIResponse(responseCode = "404", description = "No such report",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response unknown(@PathParam("report") String report) {
        throw ProblemException.notFound("report", report + " (reports: " + String.join(", ", REPORTS) + ")");
    }

    /** The output format and scope of a request whose parameters are valid. */
    private record Accepted(String format, ReportScope scope) {
    }

    private Accepted accept(ReportQuery query) {
        String format = formatOf(query.format);
        String unit = unitFor(query.unit);
        return new Accepted(format, scopeOf(query.from, query.to, unit, blankToNull(query.field), blankToNull(query.procedure)));
    }

    /** The report's own body as JSON, or its table as a CSV or XLSX attachment. */
    private static Response answer(Accepted request, ReportBody report, Supplier<ReportTable> table) {
        if (request.format().equals("json")) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        ReportScope scope = request.scope();
        String file = "bao-cao-" + report.report() + "-" + scope.from() + "-" + scope.to()
                + (scope.unit() == null ? "" : "-" + scope.unit()) + "." + request.format();
        ReportTable cells = table.get();
        Response.ResponseBuilder export = request.format().equals("csv")
                ? Response.ok(CsvExport.write(cells.headings(), cells.rows()), "text/csv; charset=UTF-8")
                : Response.ok(XlsxExport.write(report.report(), cells.headings(), cells.rows()), XLSX);
        return export.header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    /** An officer's reports are their unit's; the province's roles see any unit, or the whole province. */
    private String unitFor(String requested) {
        String unit = blankToNull(requested);
        if (caller.seesWholeProvince()) {
            return unit;
        }
        String own = caller.unitCode().orElseThrow(() -> ProblemException.forbidden("An officer's token must name their unit."));
        if (unit != null && !unit.equals(own)) {
            throw ProblemException.forbidden("An officer sees the reports of their own unit (" + own + ") only.");
        }
        return own;
    }

    private static ReportScope scopeOf(String from, String to, String unit, String field, String procedure) {
        List<Violation> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        try {
            return new ReportScope(start, end, unit, field, procedure);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("to", e.getMessage());
        }
    }

    private static LocalDate date(String name, String value, List<Violation> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Violation(name, "is required: a date such as 2025-07-01"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Violation(name, "must be a date such as 2025-07-01"));
            return null;
        }
    }

    private static String formatOf(String format) {
        String wanted = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("json", "csv", "xlsx").contains(wanted)) {
            throw ProblemException.invalid("format", "must be json, csv or xlsx");
        }
        return wanted;
    }

    private static Granularity granularityOf(String granularity) {
        if (granularity == null || granularity.isBlank()) {
            return Granularity.DAY;
        }
        try {
            return Granularity.valueOf(granularity.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("granularity", "must be day, week or month");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
