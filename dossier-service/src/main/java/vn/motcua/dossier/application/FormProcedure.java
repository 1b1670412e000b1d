package vn.motcua.dossier.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The procedure a form is about, with its processing time as the receipt states it. */
@Schema(description = "The administrative procedure the dossier is for")
public record FormProcedure(String code, String name, @Schema(example = "5 ngày làm việc") String processingTime) {
}
