package vn.motcua.reporting.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Times every report request until its answer is ready to be written, as {@code motcua.report}
 * tagged with report, format and outcome. The report and format tags take the caller's words only
 * once the resource accepted them (a 2xx or a 400 about another parameter): a made-up name in the
 * path would otherwise become a time series of its own.
 */
@Provider
public class ReportLatency implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String PREFIX = "api/v1/reports/";
    private static final String STARTED = ReportLatency.class.getName() + ".started";
    private static final Set<String> FORMATS = Set.of("json", "csv", "xlsx");

    @Inject
    MeterRegistry registry;

    @Override
    public void filter(ContainerRequestContext request) {
        if (reportOf(request) != null) {
            request.setProperty(STARTED, System.nanoTime());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        String report = reportOf(request);
        if (!(started instanceof Long start) || report == null) {
            return;
        }
        int status = response.getStatus();
        boolean accepted = status / 100 == 2 || status == 400;
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        format = format == null || format.isBlank() ? "json" : format.toLowerCase(Locale.ROOT);
        Timer.builder("motcua.report")
                .description("Report requests until the answer is ready to be written, by report, format and outcome")
                .tag("report", accepted ? report : "other")
                .tag("format", accepted && FORMATS.contains(format) ? format : "other")
                .tag("outcome", status / 100 == 2 ? "ok" : status / 100 == 4 ? "client_error" : "server_error")
                .register(registry)
                .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    /** The report named by the path, or null when the request is not for a report. */
    private static String reportOf(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (!relative.startsWith(PREFIX)) {
            return null;
        }
        String report = relative.substring(PREFIX.length());
        return report.isEmpty() || report.contains("/") ? null : report;
    }
}
