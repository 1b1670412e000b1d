package vn.motcua.procedure.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.procedure.application.ProcedureDetails;
import vn.motcua.procedure.domain.DocumentForm;
import vn.motcua.procedure.domain.Fee;
import vn.motcua.procedure.domain.FeeChannel;
import vn.motcua.procedure.domain.Level;
import vn.motcua.procedure.domain.OnlineServiceLevel;
import vn.motcua.procedure.domain.ProcedureContent;
import vn.motcua.procedure.domain.ProcedureStatus;
import vn.motcua.procedure.domain.ProcessingTimeUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/** A procedure as the public reads it: what to bring, how long it takes, what it costs. */
@Schema(description = "A procedure of the catalogue")
public record ProcedureView(
        String code,
        long version,
        ProcedureStatus status,
        String name,
        String fieldCode,
        String fieldName,
        List<Level> levels,
        ProcessingTimeView processingTime,
        @Schema(description = "Its fees; empty when it is free (see free) or when they are not entered yet") List<FeeView> fees,
        @Schema(description = "true when the procedure is free by law") boolean free,
        List<DocumentView> documents,
        List<String> steps,
        String result,
        List<String> conditions,
        List<String> legalBasis,
        String competentAgency,
        OnlineServiceLevel onlineServiceLevel,
        LocalDate effectiveDate,
        String announcingDecision,
        OffsetDateTime updatedAt,
        @Schema(description = "The public page of the procedure, which its QR code encodes") String publicUrl,
        @Schema(description = "Where its QR code is served, as PNG or SVG") String qrCodeUrl) {

    /** Processing time, with its Vietnamese wording as boards show it. */
    public record ProcessingTimeView(ProcessingTimeUnit unit, Integer amount,
                                     @com.fasterxml.jackson.annotation.JsonFormat(pattern = "HH:mm")
                                     @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                             example = "15:00") LocalTime cutoffTime, String text) {
    }

    /** A fee, with its Vietnamese wording. */
    public record FeeView(FeeChannel channel, BigDecimal amount, String description, String text) {
    }

    /** A required document. */
    public record DocumentView(String name, String template, int copies, DocumentForm form) {
    }

    static ProcedureView of(ProcedureDetails procedure, String publicUrl) {
        ProcedureContent content = procedure.content();
        return new ProcedureView(procedure.code(), procedure.version(), procedure.status(), content.name(), content.fieldCode(),
                procedure.fieldName(), content.levels(),
                new ProcessingTimeView(content.processingTime().unit(), content.processingTime().amount(),
                        content.processingTime().cutoffTime(), content.processingTime().describe()),
                content.fees().stream().map(ProcedureView::fee).toList(),
                content.free(),
                content.documents().stream().map(d -> new DocumentView(d.name(), d.template(), d.copies(), d.form())).toList(),
                content.steps(), content.result(), content.conditions(), content.legalBasis(), content.competentAgency(),
                content.onlineServiceLevel(), content.effectiveDate(), content.announcingDecision(),
                procedure.updatedAt().atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime(),
                publicUrl, "/api/v1/procedures/" + procedure.code() + "/qr");
    }

    private static FeeView fee(Fee fee) {
        return new FeeView(fee.channel(), fee.amount(), fee.description(), fee.describe());
    }
}
