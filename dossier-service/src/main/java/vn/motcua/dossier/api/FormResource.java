package vn.motcua.dossier.api;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.application.ApologyForm;
import vn.motcua.dossier.application.DossierForm;
import vn.motcua.dossier.application.FormService;
import vn.motcua.dossier.application.ReadAudit;
import vn.motcua.dossier.application.ReceiptForm;
import vn.motcua.dossier.application.RefusalForm;
import vn.motcua.dossier.application.SupplementRequestForm;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.security.Roles;

import java.util.List;
import java.util.UUID;

/** The written forms of a dossier (Mẫu 01 to 04), as JSON for portals or as a printable A4 page. */
@Path("/api/v1/dossiers/{id}/forms/{form}")
@Tag(name = "Forms", description = "Receipt (Mẫu 01), supplement request (Mẫu 02), refusal (Mẫu 03) and apology (Mẫu 04)")
@SecurityRequirement(name = "jwt")
public class FormResource {

    private static final String PROBLEM = "application/problem+json";
    /** The forms carry the applicant's name: no shared cache may keep them. */
    private static final String NO_STORE = "private, no-store";
    // JSON first: what a client that accepts anything gets; a browser asks for text/html first
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE)
            .build();

    @Inject
    FormService forms;

    @Inject
    ReadAudit audit;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @RolesAllowed({Roles.OFFICER, Roles.CITIZEN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "A form of a dossier", description = """
            `receipt` (Mẫu 01, GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ), `supplement-request` (Mẫu 02, PHIẾU YÊU CẦU BỔ
            SUNG, HOÀN THIỆN HỒ SƠ), `refusal` (Mẫu 03, PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ) or `apology` (Mẫu 04,
            PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ). JSON by default (`application/json`, `*/*` or no `Accept`);
            `text/html` gives a printable A4 page in Vietnamese. Served to the officers of the dossier's receiving or
            competent unit, its owner citizen and province admins, since the forms carry the applicant's name. The
            receipt read here shows the lookup PIN as ****** : the PIN is handed over once, in the intake's answer.""")
    @APIResponse(responseCode = "200", description = "The form",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {ReceiptForm.class,
                    SupplementRequestForm.class, RefusalForm.class, ApologyForm.class})),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The dossier belongs to other units or another citizen",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier; no such form (the forms are listed); or the form's"
            + " event did not happen (a refusal of a dossier never refused, a receipt of a dossier not yet received)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "Accept names neither application/json nor text/html",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response form(@Parameter(description = "The dossier's id") @PathParam("id") UUID id,
                         @Parameter(description = "receipt, supplement-request, refusal or apology", example = "receipt")
                         @PathParam("form") String form,
                         @Context Request request) {
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            // @Produces answers 406 before we get here; this covers a framework that lets the request through
            throw new NotAcceptableException();
        }
        DossierForm found = forms.form(id, form);
        audit.read(ReadAudit.What.FORM, List.of(id));
        Response.ResponseBuilder response = variant.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)
                ? Response.ok(FormPage.render(found), FormPage.MEDIA_TYPE)
                : Response.ok(found, MediaType.APPLICATION_JSON_TYPE);
        return response.header(HttpHeaders.CACHE_CONTROL, NO_STORE).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
