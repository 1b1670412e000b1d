package vn.motcua.procedure.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.procedure.domain.Fee;
import vn.motcua.procedure.domain.Level;
import vn.motcua.procedure.domain.OnlineServiceLevel;
import vn.motcua.procedure.domain.ProcedureContent;
import vn.motcua.procedure.domain.ProcessingTime;
import vn.motcua.procedure.domain.RequiredDocument;

import java.time.LocalDate;
import java.util.List;

/** A procedure as a province admin sends it: {@code code} on create, everything else on create and update. */
@Schema(description = "A procedure to publish", example = """
        {"code": "1.001193", "name": "Đăng ký khai sinh", "fieldCode": "tu-phap-ho-tich", "levels": ["COMMUNE"],
         "processingTime": {"unit": "SAME_DAY", "cutoffTime": "15:00"},
         "fees": [{"channel": "ANY", "amount": 0, "description": "Miễn lệ phí khi đăng ký đúng hạn"}],
         "documents": [{"name": "Tờ khai đăng ký khai sinh", "template": "Mẫu tờ khai khai sinh", "copies": 1, "form": "ORIGINAL"},
                       {"name": "Giấy chứng sinh", "copies": 1, "form": "ORIGINAL"}],
         "steps": ["Nộp hồ sơ tại Trung tâm Phục vụ hành chính công xã", "Công chức tư pháp - hộ tịch kiểm tra và ghi sổ"],
         "result": "Giấy khai sinh", "conditions": [],
         "legalBasis": ["Luật Hộ tịch 2014", "Nghị định 123/2015/NĐ-CP"],
         "competentAgency": "Ủy ban nhân dân xã", "onlineServiceLevel": "FULL",
         "effectiveDate": "2025-07-01", "announcingDecision": "Quyết định 1234/QĐ-UBND"}""")
public record ProcedureBody(
        @Schema(description = "On create only: national code such as 1.001193, optional provincial suffix such as 1.000948.H38")
        String code,
        String name,
        @Schema(description = "Code of a field from GET /api/v1/fields") String fieldCode,
        List<Level> levels,
        @Schema(description = "unit WORKING_DAYS, WORKING_HOURS or SAME_DAY; amount of days or hours (absent for SAME_DAY);"
                + " cutoffTime HH:mm for SAME_DAY (15:00 when absent)") ProcessingTime processingTime,
        @Schema(description = "Fees in VND, at most one per channel (ANY, COUNTER, ONLINE, POST); empty when free or not"
                + " entered yet")
        List<Fee> fees,
        @Schema(description = "true: the procedure is free by law, with no fees; false or absent: its fees are the lines"
                + " given (none given: not entered yet)", defaultValue = "false")
        Boolean free,
        List<RequiredDocument> documents,
        List<String> steps,
        String result,
        List<String> conditions,
        List<String> legalBasis,
        String competentAgency,
        OnlineServiceLevel onlineServiceLevel,
        LocalDate effectiveDate,
        String announcingDecision) {

    ProcedureContent toContent() {
        return new ProcedureContent(name, fieldCode, levels, processingTime,
                fees, Boolean.TRUE.equals(free), documents, steps, result, conditions, legalBasis, competentAgency, onlineServiceLevel, effectiveDate,
                announcingDecision);
    }
}
