package vn.motcua.reporting.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every report takes, as the caller wrote them; {@link ReportResource} checks them. */
public class ReportQuery {

    @QueryParam("from")
    @Parameter(description = "First day, yyyy-MM-dd", example = "2025-07-01")
    String from;

    @QueryParam("to")
    @Parameter(description = "Last day, yyyy-MM-dd", example = "2025-07-09")
    String to;

    @QueryParam("unit")
    @Parameter(description = "Competent unit code", example = "16906")
    String unit;

    @QueryParam("field")
    @Parameter(description = "Field code", example = "tu-phap-ho-tich")
    String field;

    @QueryParam("procedure")
    @Parameter(description = "Procedure code")
    String procedure;

    @QueryParam("format")
    @Parameter(description = "json, csv or xlsx")
    String format;
}
