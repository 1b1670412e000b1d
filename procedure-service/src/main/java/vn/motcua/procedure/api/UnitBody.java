package vn.motcua.procedure.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.procedure.domain.UnitContent;
import vn.motcua.procedure.domain.UnitKind;

/** A unit as a province admin sets it; the code is in the path. */
@Schema(example = """
        {"name": "Xã Lượng Minh", "kind": "COMMUNE", "agencyCode": "000.16.906.H40"}""")
public record UnitBody(String name, UnitKind kind, String agencyCode) {

    UnitContent toContent() {
        return new UnitContent(name, kind, agencyCode);
    }
}
