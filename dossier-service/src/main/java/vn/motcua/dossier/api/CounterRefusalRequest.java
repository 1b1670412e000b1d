package vn.motcua.dossier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.intake.Applicant;
import vn.motcua.dossier.domain.intake.CounterRefusalCommand;
import vn.motcua.dossier.domain.intake.ReceivedDocument;
import vn.motcua.platform.events.Channel;

import java.util.List;

/** A dossier handed in at the counter (or by post) and refused there: the intake body, and why. */
@Schema(description = "A dossier refused at the counter (Mẫu 03)", example = """
        {"procedureCode": "1.001193", "receivingUnitCode": "16906", "channel": "COUNTER",
         "applicant": {"fullName": "Lô Văn Minh", "citizenId": "040203001234", "phone": "0912345678",
                       "address": "Bản Xốp Mạt, xã Lượng Minh, Nghệ An", "email": null},
         "documents": [{"name": "Tờ khai đăng ký khai sinh", "receivedAs": "PAPER"}],
         "reason": "Thủ tục thuộc thẩm quyền của UBND tỉnh, không thuộc thẩm quyền của xã.",
         "reasonCode": "NOT_COMPETENT"}""")
public record CounterRefusalRequest(
        @Schema(description = "The procedure's code, from the catalogue") String procedureCode,
        @Schema(description = "The centre where it is handed in and refused: the officer's own unit") String receivingUnitCode,
        @Schema(description = "The unit the applicant meant to decide it, if named (it must be known); the refusal"
                + " counts under the receiving unit, which refused it", nullable = true) String competentUnitCode,
        @Schema(description = "COUNTER (default) or POST", nullable = true) Channel channel,
        @Schema(description = IntakeRequest.APPLICANT)
        Applicant applicant,
        @Schema(description = "What was handed in, each on paper or as a file") List<ReceivedDocument> documents,
        @Schema(description = "Why it is refused, as Mẫu 03 tells the applicant (at most 2000 characters)") String reason,
        @Schema(description = "A short code for statistics and events, such as NOT_COMPETENT or INCOMPLETE", nullable = true)
        String reasonCode) {

    CounterRefusalCommand toCommand() {
        return new CounterRefusalCommand(
                new IntakeRequest(procedureCode, receivingUnitCode, competentUnitCode, channel, applicant, documents).toCommand(),
                reason, reasonCode);
    }
}
