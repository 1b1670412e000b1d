package vn.motcua.procedure.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.procedure.domain.UnitContent;
import vn.motcua.procedure.domain.UnitKind;

/** A unit in an import: the body of {@code PUT /api/v1/units/{code}} with its code. */
@Schema(description = "A unit to import", example = """
        {"code": "16906", "name": "Xã Lượng Minh", "kind": "COMMUNE", "agencyCode": "000.16.906.H40"}""")
public record UnitImportBody(
        @Schema(description = "2 digits for the province, 5 for a commune") String code,
        String name,
        UnitKind kind,
        @Schema(description = "The agency code dossier codes start with, such as 000.16.906.H40") String agencyCode) {

    UnitContent toContent() {
        return new UnitContent(name, kind, agencyCode);
    }
}
