package vn.motcua.procedure.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.procedure.application.Board;
import vn.motcua.procedure.application.BoardService;

import java.util.List;

/**
 * The public board of a unit's Public Administrative Service Centre: as JSON for portals, or as a
 * printable A4 page to hang on the centre's wall.
 */
@Path("/api/v1/units/{code}/board")
@Tag(name = "Public boards", description = "QR codes of procedures and the printable boards of the service centres")
@PermitAll
public class UnitBoardResource {

    /** A board is read far more often than the catalogue changes; five minutes of staleness is harmless. */
    static final String CACHE_CONTROL = "public, max-age=300";

    // JSON first: it is what a client that accepts anything gets; a browser asks for text/html first
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE)
            .build();

    @Inject
    BoardService boards;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "A unit's public board",
            description = "Public. The ACTIVE procedures of the unit's level (a commune, ward or special zone handles COMMUNE"
                    + " procedures, the province PROVINCE ones), grouped by field, sorted by field name and then procedure name"
                    + " in Vietnamese alphabetical order, each with its processing time, fees and QR code. JSON by default"
                    + " (`application/json`, `*/*` or no `Accept`); `text/html` gives a printable A4 page with the QR codes"
                    + " inline, which is what a browser opening the URL gets.")
    @APIResponse(responseCode = "200", description = "The board",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardView.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No such unit",
            content = @Content(mediaType = ProcedureResource.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "Accept names neither application/json nor text/html",
            content = @Content(mediaType = ProcedureResource.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response board(@Parameter(description = "Unit code: 2 digits for the province, 5 for a commune", example = "16906")
                          @PathParam("code") String code,
                          @Context Request request) {
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            // @Produces answers 406 before we get here; this covers a framework that lets the request through
            throw new NotAcceptableException();
        }
        Board board = boards.board(code);
        Response.ResponseBuilder response = variant.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)
                ? Response.ok(BoardPage.render(board), BoardPage.MEDIA_TYPE)
                : Response.ok(BoardView.of(board), MediaType.APPLICATION_JSON_TYPE);
        return response.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
