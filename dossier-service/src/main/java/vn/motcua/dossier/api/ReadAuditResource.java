package vn.motcua.dossier.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.application.ReadAudit;
import vn.motcua.dossier.persistence.ReadAuditRows;
import vn.motcua.dossier.persistence.ReadAuditRows.AuditRow;
import vn.motcua.platform.http.Page;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.security.Roles;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The audit of reads of personal data and files by officials, for province admins (Decree 13/2023/NĐ-CP). */
@Path("/api/v1/admin/audit")
@Tag(name = "Audit", description = "Who read which dossier's personal data or files, and when")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class ReadAuditResource {

    @Inject
    ReadAudit audit;

    @GET
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Audited reads", description = """
            Every request by an officer or a province admin that returned a dossier's personal data or files (the
            dossier, its history, a worklist page, a form, a file or the list of files): who (token subject), with which
            roles and unit, when, what, and the dossiers it showed. Newest first; filter by dossier, by official
            (subject) or by period ([from, to), ISO-8601 instants with offset).""")
    @APIResponse(responseCode = "200", description = "A page of reads")
    public Page<AuditRow> reads(@Parameter(description = "A dossier's id") @QueryParam("dossier") UUID dossier,
                                @Parameter(description = "An official's token subject") @QueryParam("subject") String subject,
                                @Parameter(example = "2025-07-01T00:00:00+07:00") @QueryParam("from") String from,
                                @Parameter(example = "2025-08-01T00:00:00+07:00") @QueryParam("to") String to,
                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return audit.page(new ReadAuditRows.Filter(dossier, subject == null || subject.isBlank() ? null : subject,
                instant("from", from), instant("to", to)), page, size);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an instant with its offset, such as 2025-07-01T00:00:00+07:00");
        }
    }
}
