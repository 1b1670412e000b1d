package vn.motcua.procedure.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A field's name, as a province admin sets it. */
@Schema(example = """
        {"name": "Tư pháp - Hộ tịch"}""")
public record FieldBody(String name) {
}
