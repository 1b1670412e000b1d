package vn.motcua.dossier.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.application.DossierFiles;
import vn.motcua.dossier.application.DossierResults;
import vn.motcua.dossier.application.ReadAudit;
import vn.motcua.dossier.application.StoredResult;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.security.Roles;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/** A dossier's electronic result: the PDF the competent unit stores before resolving, and officials read back. */
@Path("/api/v1/dossiers/{id}/result")
@Tag(name = "Dossier results", description = "The electronic result: stored by the competent unit, issued on resolve (docs/files.md)")
@SecurityRequirement(name = "jwt")
public class DossierResultResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DossierResults results;

    @Inject
    DossierFiles files;

    @Inject
    ReadAudit audit;

    @PUT
    @Path("/file")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store the dossier's result file", description = """
            The body is the PDF's bytes (read from the bytes whatever the Content-Type says), with its Content-Length; its
            name in `Content-Disposition: attachment; filename*=UTF-8''...`. An officer of the competent unit stores it while
            the dossier is RECEIVED, IN_PROGRESS or AWAITING_PAYMENT; a PUT replaces it, so a retry is harmless. Whether the
            PDF carries a digital signature is recorded (its presence: validity and signer are not verified). Nothing is
            issued yet: no event, no history entry, the sequence stays; the dossier's version (ETag) moves on. Resolve with
            `resultAsFile: true` to issue it; the applicant then downloads it with the code and PIN.""")
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = StoredResult.class)))
    @APIResponse(responseCode = "400", description = "Empty, or ended before its Content-Length",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer of the competent unit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The dossier is not being processed (resolved already, paused for a supplement...)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than a file may be",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The bytes are not a PDF",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A PDF that cannot be read (damaged, or encrypted with a password)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public StoredResult store(@PathParam("id") UUID id,
                              @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                              @HeaderParam("Content-Disposition") String disposition,
                              InputStream body) {
        try (FileSpool spool = FileSpool.of(body, contentLength, files.limits().maxFileBytes())) {
            String name = ContentDisposition.fileName(disposition).orElse("ket-qua.pdf");
            return results.store(id, DossierFiles.arrived(name, spool.size(), spool.sha256(), spool.path()), spool.path());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.PROVINCE_ADMIN})
    @Operation(summary = "The dossier's stored result file", description = "For officials who may read the dossier; audited.")
    @APIResponse(responseCode = "200", description = "The result file: size, SHA-256, whether signed",
            content = @Content(schema = @Schema(implementation = StoredResult.class)))
    @APIResponse(responseCode = "404", description = "No such dossier, or no result file stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public StoredResult get(@PathParam("id") UUID id) {
        StoredResult stored = results.find(id);
        audit.read(ReadAudit.What.RESULT, List.of(id));
        return stored;
    }

    @GET
    @Path("/file")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.OFFICER, Roles.PROVINCE_ADMIN})
    @Operation(summary = "Download the dossier's result file", description = "For officials who may read the dossier, audited;"
            + " streamed, with its name in Content-Disposition (RFC 6266); never cached by a shared cache. The applicant"
            + " downloads it with the code and PIN (POST /api/v1/public/result).")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "404", description = "No such dossier, or no result file stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response download(@PathParam("id") UUID id) {
        DossierFiles.Download download = results.open(id);
        return Downloads.of(Downloads.audited(download, () -> audit.read(ReadAudit.What.RESULT, List.of(id))), "private, no-store");
    }
}
