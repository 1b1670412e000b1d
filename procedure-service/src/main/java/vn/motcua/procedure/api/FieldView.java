package vn.motcua.procedure.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.procedure.persistence.FieldEntity;

/** A field (lĩnh vực) of the catalogue. */
@Schema(example = """
        {"code": "tu-phap-ho-tich", "name": "Tư pháp - Hộ tịch", "version": 1}""")
public record FieldView(String code, String name, long version) {

    static FieldView of(FieldEntity field) {
        return new FieldView(field.code, field.name, field.version());
    }
}
