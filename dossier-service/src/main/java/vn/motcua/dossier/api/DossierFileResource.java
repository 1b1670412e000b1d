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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.application.DossierFiles;
import vn.motcua.dossier.application.ReadAudit;
import vn.motcua.dossier.application.StoredFile;
import vn.motcua.dossier.domain.files.ArrivedFile;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.security.Roles;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/** A dossier's files: each document's digitized copy, uploaded or scanned, and read back. */
@Path("/api/v1/dossiers/{id}/documents")
@Tag(name = "Dossier files", description = "The documents' files: uploads, counter scans, downloads (docs/files.md)")
@SecurityRequirement(name = "jwt")
public class DossierFileResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DossierFiles files;

    @Inject
    ReadAudit audit;

    @PUT
    @Path("/{position}/file")
    @RolesAllowed({Roles.OFFICER, Roles.CITIZEN})
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a document's file", description = """
            The body is the file's bytes (PDF, JPEG or PNG, read from the bytes whatever the Content-Type says), with its
            Content-Length; its name in `Content-Disposition: attachment; filename*=UTF-8''...`. The owner of an online
            dossier uploads while it is SUBMITTED or SUPPLEMENT_REQUESTED; an officer of the receiving centre scans paper
            while it is RECEIVED or SUPPLEMENT_REQUESTED. A PUT replaces the document's file, so a retry is harmless.
            Storing a file is a change of the dossier (its status stays): its version (ETag) and sequence move on, its
            history gets an `attach-file` entry and a `file-attached` event is published (position and SHA-256, never the
            name). Read the dossier again before an action with If-Match.""")
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = StoredFile.class)))
    @APIResponse(responseCode = "400", description = "Empty, or ended before its Content-Length",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the owner nor an officer of the receiving centre",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier or document",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The dossier's status takes no file now",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than a file or the dossier may be",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The bytes are not a PDF, JPEG or PNG",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public StoredFile attach(@PathParam("id") UUID id,
                             @Parameter(description = "The document's position in the dossier's list, from 0") @PathParam("position") int position,
                             @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                             @HeaderParam("Content-Disposition") String disposition,
                             InputStream body) {
        try (FileSpool spool = FileSpool.of(body, contentLength, files.limits().maxFileBytes())) {
            String name = ContentDisposition.fileName(disposition).orElse("tai-lieu-" + (position + 1));
            ArrivedFile arrived = DossierFiles.arrived(name, spool.size(), spool.sha256(), spool.path());
            return files.attach(id, position, arrived, spool.path());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.CITIZEN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "A dossier's stored files", description = "For whoever may read the dossier.")
    @APIResponse(responseCode = "200", description = "The stored files, by position")
    public List<StoredFile> list(@PathParam("id") UUID id) {
        List<StoredFile> stored = files.list(id);
        audit.read(ReadAudit.What.FILE_LIST, List.of(id));
        return stored;
    }

    @GET
    @Path("/{position}/file")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.OFFICER, Roles.CITIZEN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "Download a document's file", description = "Streamed, with its name in Content-Disposition"
            + " (RFC 6266, filename* for Vietnamese names); never cached by a shared cache.")
    @APIResponse(responseCode = "200", description = "The bytes")
    @APIResponse(responseCode = "404", description = "No such dossier, or the document has no file",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response download(@PathParam("id") UUID id, @PathParam("position") int position) {
        DossierFiles.Download download = files.open(id, position);
        return Downloads.of(Downloads.audited(download, () -> audit.read(ReadAudit.What.FILE, List.of(id))), "private, no-store");
    }
}
