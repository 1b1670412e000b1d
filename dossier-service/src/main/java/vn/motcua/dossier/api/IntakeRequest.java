package vn.motcua.dossier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.intake.IntakeCommand;
import vn.motcua.dossier.domain.intake.Applicant;
import vn.motcua.dossier.domain.intake.ReceivedDocument;
import vn.motcua.platform.events.Channel;

import java.util.List;

/** A dossier handed in at the counter by an officer, or submitted online by a citizen. */
@Schema(description = "A new dossier", example = """
        {"procedureCode": "1.001193", "receivingUnitCode": "16906", "competentUnitCode": "16906", "channel": "COUNTER",
         "applicant": {"kind": "PERSON", "fullName": "Lô Văn Minh", "citizenId": "040203001234", "phone": "0912345678",
                       "address": "Bản Xốp Mạt, xã Lượng Minh, Nghệ An", "email": null},
         "documents": [{"name": "Tờ khai đăng ký khai sinh", "receivedAs": "PAPER"},
                       {"name": "Giấy chứng sinh", "receivedAs": "FILE", "fileName": "giay-chung-sinh.pdf",
                        "sizeBytes": 182044, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]}""")
public record IntakeRequest(
        @Schema(description = "The procedure's code, from the catalogue") String procedureCode,
        @Schema(description = "The centre that receives it (the officer's own unit at the counter; any unit of the province online)")
        String receivingUnitCode,
        @Schema(description = "The unit that decides it; the receiving unit when absent", nullable = true) String competentUnitCode,
        @Schema(description = "COUNTER (default) or POST for an officer; ignored for a citizen, whose submission is ONLINE", nullable = true)
        Channel channel,
        @Schema(description = APPLICANT)
        Applicant applicant,
        @Schema(description = "The procedure's checklist as received: each on paper or as a file") List<ReceivedDocument> documents) {

    /** What the applicant object holds, for every body that carries one. */
    static final String APPLICANT = "The applicant: a person (kind PERSON, the default: fullName, citizenId of 12 digits) or an organisation"
            + " (kind ORGANISATION: organisationName, taxCode of 10 digits, NNNNNNNNNN-NNN, or 12 for a household business),"
            + " with at least one of phone, email and address, and optionally the representative who hands it in"
            + " (fullName, citizenId, capacity RELATIVE, AUTHORISED_PERSON or COMMUNITY_DIGITAL_TEAM). Personal data,"
            + " kept in this service only";

    IntakeCommand toCommand() {
        return new IntakeCommand(procedureCode, receivingUnitCode, competentUnitCode, channel, applicant, documents);
    }
}
