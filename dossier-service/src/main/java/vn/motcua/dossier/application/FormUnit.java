package vn.motcua.dossier.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The unit that issues a form, with its centre's name as the form heads it. */
@Schema(description = "The unit that issues the form")
public record FormUnit(String code, String name,
                       @Schema(example = "Trung tâm Phục vụ hành chính công xã Lượng Minh") String centreName) {
}
