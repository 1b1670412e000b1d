package vn.motcua.dossier.domain.forms;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The written forms of the one-stop procedure that a dossier's events give rise to (DOMAIN.md, glossary):
 * the receipt at intake, the one supplement request, the refusal and the apology with a new appointment.
 */
public enum FormKind {
    RECEIPT("receipt", "Mẫu 01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
    SUPPLEMENT_REQUEST("supplement-request", "Mẫu 02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
    REFUSAL("refusal", "Mẫu 03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
    APOLOGY("apology", "Mẫu 04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");

    private final String pathName;
    private final String number;
    private final String title;

    FormKind(String pathName, String number, String title) {
        this.pathName = pathName;
        this.number = number;
        this.title = title;
    }

    /** The name in {@code GET /api/v1/dossiers/{id}/forms/{form}}. */
    public String pathName() {
        return pathName;
    }

    /** The form's number in the official set, such as "Mẫu 01". */
    public String number() {
        return number;
    }

    /** The heading printed on the form, in capitals as the official template has it. */
    public String title() {
        return title;
    }

    public static Optional<FormKind> ofPathName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.pathName.equals(name)).findFirst();
    }

    public static List<String> pathNames() {
        return Arrays.stream(values()).map(FormKind::pathName).toList();
    }
}
