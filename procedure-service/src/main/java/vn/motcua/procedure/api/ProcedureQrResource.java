package vn.motcua.procedure.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.procedure.application.CatalogConfig;
import vn.motcua.procedure.application.CatalogService;
import vn.motcua.procedure.application.ProcedureDetails;
import vn.motcua.platform.printing.QrCodes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The QR code of a procedure: it encodes the procedure's public page, so that a citizen who scans it on
 * a centre's board reads what to bring, how long it takes and what it costs.
 */
@Path("/api/v1/procedures/{code}/qr")
@Tag(name = "Public boards", description = "QR codes of procedures and the printable boards of the service centres")
@PermitAll
public class ProcedureQrResource {

    static final String PNG = "image/png";
    static final String SVG = "image/svg+xml";
    /** Short: a procedure's URL never changes, but a cache should notice a withdrawal or a new base URL within the hour. */
    static final String CACHE_CONTROL = "public, max-age=3600";

    // PNG first: it is what a client that accepts anything gets
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.valueOf(PNG), MediaType.valueOf(SVG)).build();

    @Inject
    CatalogService catalog;

    @Inject
    CatalogConfig config;

    /** Where the QR code of a procedure is served, as views link to it. */
    static String pathOf(String procedureCode) {
        return "/api/v1/procedures/" + procedureCode + "/qr";
    }

    @GET
    @Produces({PNG, SVG})
    @Operation(summary = "A procedure's QR code",
            description = "Public. The code encodes the procedure's public page (the `publicUrl` of the procedure, built from"
                    + " the configured `motcua.catalog.public-procedure-url`). PNG or SVG by `Accept`: `image/png` (also for"
                    + " `*/*` or no `Accept`) or `image/svg+xml`; any other type answers 406. A withdrawn procedure keeps its"
                    + " QR code, since printed boards still carry it and its page says it is withdrawn. Error correction M,"
                    + " a quiet zone of 4 modules. Cacheable for an hour; `If-None-Match` with the ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The QR code",
            headers = {@Header(name = "ETag", description = "Changes with the procedure's version, the format, the size and"
                    + " the encoded URL", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING, example = CACHE_CONTROL))},
            content = {@Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "`size` is not a whole number from 64 to 1024",
            content = @Content(mediaType = ProcedureResource.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such procedure",
            content = @Content(mediaType = ProcedureResource.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "Accept names neither image/png nor image/svg+xml",
            content = @Content(mediaType = ProcedureResource.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response qr(
            @Parameter(description = "Procedure code", example = "1.001193") @PathParam("code") String code,
            @Parameter(description = "Width and height in pixels, from 64 to 1024 (256 when absent). For SVG, the width and"
                    + " height attributes; the image scales to any size.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "64", maximum = "1024", defaultValue = "256"))
            @QueryParam("size") String size,
            @Context Request request) {
        int pixels = size(size);
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            // @Produces answers 406 before we get here; this covers a framework that lets the request through
            throw new NotAcceptableException();
        }
        boolean svg = variant.getMediaType().isCompatible(MediaType.valueOf(SVG));
        ProcedureDetails procedure = catalog.get(code);
        String url = config.publicUrlOf(procedure.code());
        EntityTag tag = new EntityTag(procedure.version() + "-" + (svg ? "svg" : "png") + "-" + pixels + "-" + checksum(url));

        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = unchanged != null ? unchanged
                : Response.ok(svg ? QrCodes.svg(url, pixels) : QrCodes.png(url, pixels), svg ? SVG : PNG);
        return response.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    private static int size(String size) {
        if (size == null || size.isBlank()) {
            return QrCodes.DEFAULT_SIZE;
        }
        try {
            int pixels = Integer.parseInt(size.strip());
            if (QrCodes.isAllowedSize(pixels)) {
                return pixels;
            }
        } catch (NumberFormatException e) {
            // answered below, as an out-of-range number is
        }
        throw ProblemException.invalid("size", QrCodes.SIZE_RULE);
    }

    /** The encoded URL in the ETag: a new base URL changes the image although the procedure's version does not. */
    private static String checksum(String url) {
        CRC32 crc = new CRC32();
        crc.update(url.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
