package vn.motcua.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import vn.motcua.platform.rules.Violation;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.security.Caller;
import vn.motcua.platform.http.security.Roles;
import vn.motcua.reporting.application.Index766Service;
import vn.motcua.reporting.application.ReportRows;
import vn.motcua.reporting.application.ReportService;
import vn.motcua.reporting.domain.Figures;
import vn.motcua.reporting.domain.Granularity;
import vn.motcua.reporting.domain.ReportScope;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The province's reports, as JSON or CSV. */
@Path("/api/v1/reports/{report}")
@Tag(name = "Reports", description = "What the province measures, per unit, field and procedure")
@SecurityRequirement(name = "jwt")
public class ReportResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> REPORTS = List.of("summary", "by-unit", "by-field", "by-procedure", "timeseries", "overdue",
            "index-766");
    private static final Map<String, String> FORMULAS = Map.of(
            "toProcess", "received + carriedOver",
            "lateRate", "(inProgressOverdue + resolvedLate) / toProcess",
            "onTimeRate", "1 - lateRate",
            "onTimeShare", "(resolvedEarly + resolvedOnTime) / resolved");

    @Inject
    ReportService reports;

    @Inject
    Index766Service index766;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.PROVINCE_ADMIN, Roles.OFFICER})
    @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX})
    @Operation(summary = "A report", description = """
            Reports: summary, by-unit (ranked, with dossiers received for other units), by-field, by-procedure,
            timeseries (granularity day, week or month), overdue (open dossiers past their due time as of `to`),
            index-766 (the Decision 766 criteria the platform can compute, each with formula, counts and score).
            A dossier counts under its competent unit. `from` and `to` are inclusive local dates. Analysts and
            province admins see the province; an officer only their unit. format=json (default), csv
            (UTF-8 with BOM) or xlsx, with Vietnamese headings.""")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "A parameter is not valid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "An officer asked for another unit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such report",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response report(
            @PathParam("report") String report,
            @Parameter(description = "First day, yyyy-MM-dd", example = "2025-07-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, yyyy-MM-dd", example = "2025-07-09") @QueryParam("to") String to,
            @Parameter(description = "Competent unit code", example = "17185") @QueryParam("unit") String unit,
            @Parameter(description = "Field code", example = "tu-phap-ho-tich") @QueryParam("field") String field,
            @Parameter(description = "Procedure code") @QueryParam("procedure") String procedure,
            @Parameter(description = "timeseries: day, week or month") @QueryParam("granularity") String granularity,
            @Parameter(description = "json, csv or xlsx") @QueryParam("format") String format) {
        if (!REPORTS.contains(report)) {
            throw ProblemException.notFound("report", report + " (reports: " + String.join(", ", REPORTS) + ")");
        }
        String output = formatOf(format);
        ReportScope scope = scopeOf(from, to, unitFor(unit), blankToNull(field), blankToNull(procedure));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("report", report);
        body.put("scope", scope);
        List<String> headings;
        List<List<Object>> table = new ArrayList<>();
        switch (report) {
            case "summary" -> {
                Figures figures = reports.summary(scope);
                body.put("figures", figures);
                body.put("formulas", FORMULAS);
                headings = ReportTables.FIGURE_HEADINGS;
                table.add(ReportTables.cells(figures));
            }
            case "by-unit" -> {
                List<ReportRows.UnitRow> rows = reports.byUnit(scope);
                body.put("rows", rows);
                headings = ReportTables.headings("Mã đơn vị", "Tên đơn vị");
                headings.add("Tiếp nhận cho đơn vị khác");
                table.addAll(ReportTables.units(rows));
            }
            case "by-field" -> {
                List<ReportRows.FieldRow> rows = reports.byField(scope);
                body.put("rows", rows);
                headings = ReportTables.headings("Mã lĩnh vực", "Tên lĩnh vực");
                for (ReportRows.FieldRow row : rows) {
                    List<Object> cells = new ArrayList<>(List.of(row.fieldCode(), row.fieldName()));
                    cells.addAll(ReportTables.cells(row.figures()));
                    table.add(cells);
                }
            }
            case "by-procedure" -> {
                List<ReportRows.ProcedureRow> rows = reports.byProcedure(scope);
                body.put("rows", rows);
                headings = ReportTables.headings("Mã thủ tục", "Tên thủ tục", "Mã lĩnh vực");
                for (ReportRows.ProcedureRow row : rows) {
                    List<Object> cells = new ArrayList<>(List.of(row.procedureCode(), row.procedureName(), row.fieldCode()));
                    cells.addAll(ReportTables.cells(row.figures()));
                    table.add(cells);
                }
            }
            case "timeseries" -> {
                Granularity buckets = granularityOf(granularity);
                List<ReportRows.PeriodRow> rows = reports.timeseries(scope, buckets);
                body.put("granularity", buckets.name().toLowerCase(Locale.ROOT));
                body.put("rows", rows);
                headings = List.of("Kỳ (ngày bắt đầu)", "Tiếp nhận mới", "Đã giải quyết trước hạn", "Đã giải quyết đúng hạn",
                        "Đã giải quyết quá hạn");
                rows.forEach(row -> table.add(List.of(row.periodStart(), row.received(), row.resolvedEarly(),
                        row.resolvedOnTime(), row.resolvedLate())));
            }
            case "index-766" -> {
                Index766Service.Index index = index766.index(scope);
                body.put("criteria", index.criteria());
                body.put("total", index.total());
                body.put("maximumComputed", index.maximumComputed());
                body.put("maximum", 100);
                headings = List.of("Tiêu chí", "Điểm tối đa", "Điểm", "Công thức", "Số liệu");
                index.criteria().forEach(criterion -> table.add(java.util.Arrays.asList(criterion.name(), criterion.maximum(),
                        criterion.score(), criterion.formula(), criterion.counts().toString())));
            }
            default -> {
                List<ReportRows.OverdueRow> rows = reports.overdue(scope);
                body.put("rows", rows);
                headings = List.of("Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Mã đơn vị", "Tên đơn vị", "Hạn giải quyết",
                        "Số ngày quá hạn");
                rows.forEach(row -> table.add(List.of(row.dossierCode(), row.procedureCode(), row.procedureName(),
                        row.competentUnitCode(), row.unitName(), row.dueAt(), row.daysOverdue())));
            }
        }
        if (output.equals("json")) {
            return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
        }
        String file = "bao-cao-" + report + "-" + scope.from() + "-" + scope.to()
                + (scope.unit() == null ? "" : "-" + scope.unit()) + "." + output;
        Response.ResponseBuilder export = output.equals("csv")
                ? Response.ok(CsvExport.write(headings, table), "text/csv; charset=UTF-8")
                : Response.ok(XlsxExport.write(report, headings, table), XLSX);
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
