package vn.motcua.dossier.api;

import vn.motcua.dossier.application.ApologyForm;
import vn.motcua.dossier.application.DossierForm;
import vn.motcua.dossier.application.FormApplicant;
import vn.motcua.dossier.application.FormDocument;
import vn.motcua.dossier.application.FormUnit;
import vn.motcua.dossier.application.ReceiptForm;
import vn.motcua.dossier.application.RefusalForm;
import vn.motcua.dossier.application.SupplementRequestForm;
import vn.motcua.dossier.application.VietnameseText;
import vn.motcua.dossier.domain.intake.ReceivedAs;
import vn.motcua.platform.printing.Html;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The forms (Mẫu 01 to 04) as printable A4 pages laid out like the official templates: the issuing
 * authority and the national motto side by side, the place and date, the title, the body and the
 * signatures. Every text typed by people (names, reasons, documents) is escaped.
 */
final class FormPage {

    static final String MEDIA_TYPE = "text/html;charset=UTF-8";

    private static final Pattern SINGLE_SLASH = Pattern.compile("(?<!/)/(?!/)");

    // Administrative documents use A4 portrait with a wide left margin for binding and Times New Roman
    // 13 pt; nothing here needs colour, and a signature block never splits from the text above it.
    private static final String STYLE = """
            @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 165mm; color: #000; background: #fff; line-height: 1.4;
                   font-family: "Times New Roman", "Noto Serif", "DejaVu Serif", serif; font-size: 13pt; }
            .form-number { text-align: right; font-style: italic; font-size: 11pt; }
            table.heading { width: 100%; border-collapse: collapse; margin-bottom: 6mm; }
            table.heading td { vertical-align: top; text-align: center; font-size: 12pt; padding: 0; }
            table.heading td.issuer { width: 40%; }
            table.heading td.state { width: 60%; white-space: nowrap; }
            .strong { font-weight: bold; }
            .rule { width: 35%; margin: 1mm auto 2mm; border-top: 0.3mm solid #000; }
            .place-date { font-style: italic; margin-top: 2mm; }
            h1 { text-align: center; font-size: 14pt; margin: 4mm 0 1mm; }
            .code { text-align: center; margin: 0 0 5mm; }
            p { margin: 1.5mm 0; text-align: justify; }
            ol, ul { margin: 1mm 0 1mm 0; padding-left: 7mm; }
            li { margin: 1mm 0; }
            table.documents { width: 100%; border-collapse: collapse; margin: 1.5mm 0; font-size: 12pt; }
            table.documents th, table.documents td { border: 0.3mm solid #000; padding: 1mm 2mm; vertical-align: top; }
            table.documents td.n { text-align: center; width: 12mm; }
            table.documents td.as { width: 30mm; }
            .reason { margin: 1.5mm 0 1.5mm 7mm; font-style: italic; white-space: pre-line; }
            .lookup { display: flex; gap: 5mm; align-items: center; border: 0.3mm solid #000; padding: 3mm; margin: 5mm 0;
                      break-inside: avoid; page-break-inside: avoid; }
            .lookup .qr svg { display: block; width: 30mm; height: 30mm; }
            .lookup p { text-align: left; }
            .lookup .url { overflow-wrap: anywhere; font-size: 11pt; }
            .lookup .pin { font-size: 14pt; }
            .lookup .pin b { letter-spacing: 1mm; font-family: "Courier New", monospace; }
            .lookup .note { font-size: 10.5pt; font-style: italic; }
            table.signatures { width: 100%; margin-top: 8mm; break-inside: avoid; page-break-inside: avoid; }
            table.signatures td { width: 50%; text-align: center; vertical-align: top; height: 35mm; font-size: 12pt; }
            table.signatures i { font-weight: normal; font-size: 11pt; }
            @media screen { body { padding: 10mm; } }
            """;

    private FormPage() {
    }

    static String render(DossierForm form) {
        if (form instanceof ReceiptForm receipt) {
            return receipt(receipt);
        }
        if (form instanceof SupplementRequestForm request) {
            return supplementRequest(request);
        }
        if (form instanceof RefusalForm refusal) {
            return refusal(refusal);
        }
        return apology((ApologyForm) form);
    }

    static String receipt(ReceiptForm form) {
        StringBuilder html = begin(form.formNumber(), form.title(), form.code(), form.issuingUnit(), form.issuedAt());
        String centre = Html.escape(form.issuingUnit().centreName());
        html.append("<p>").append(centre).append(" tiếp nhận hồ sơ của: ").append(whose(form.applicant()))
                .append("</p>\n")
                .append("<p>Nội dung yêu cầu giải quyết: <b>").append(Html.escape(form.procedure().name())).append("</b> (mã thủ tục ")
                .append(Html.escape(form.procedure().code())).append(")</p>\n<ol>\n<li>Thành phần hồ sơ nộp gồm:\n")
                .append("<table class=\"documents\">\n<tr><th>STT</th><th>Tên giấy tờ</th><th>Hình thức</th></tr>\n");
        List<FormDocument> documents = form.documents();
        for (int i = 0; i < documents.size(); i++) {
            html.append("<tr><td class=\"n\">").append(i + 1).append("</td><td>").append(Html.escape(documents.get(i).name()))
                    .append("</td><td class=\"as\">").append(documents.get(i).receivedAs() == ReceivedAs.FILE ? "Tệp điện tử" : "Bản giấy")
                    .append("</td></tr>\n");
        }
        html.append("</table></li>\n")
                .append("<li>Số lượng hồ sơ: 01 bộ, gồm ").append(documents.size()).append(" giấy tờ.</li>\n")
                .append("<li>Thời gian giải quyết hồ sơ theo quy định: ").append(Html.escape(form.procedure().processingTime()))
                .append(".</li>\n")
                .append("<li>Thời gian nhận hồ sơ: ").append(VietnameseText.timeAndDay(form.receivedAt())).append(".</li>\n")
                .append("<li>Thời gian trả kết quả giải quyết hồ sơ: <b>")
                .append(form.dueAt() == null ? "" : VietnameseText.timeAndDay(form.dueAt())).append("</b>.</li>\n")
                .append("<li>Nhận kết quả tại: ").append(centre).append(".</li>\n</ol>\n")
                .append("<section class=\"lookup\">\n<div class=\"qr\" role=\"img\" aria-label=\"Mã QR tra cứu hồ sơ ")
                .append(Html.escape(form.code())).append("\">").append(form.qrCodeSvg()).append("</div>\n<div>\n")
                .append("<p><b>Tra cứu tình trạng hồ sơ:</b> quét mã QR hoặc mở địa chỉ <span class=\"url\">")
                .append(SINGLE_SLASH.matcher(Html.escape(form.lookupUrl())).replaceAll("/<wbr>"))
                .append("</span>, rồi nhập mã hồ sơ và mã PIN.</p>\n")
                .append("<p class=\"pin\">Mã PIN: <b>").append(Html.escape(form.pin())).append("</b></p>\n")
                .append("<p class=\"note\">").append(Html.escape(form.pinNote())).append("</p>\n</div>\n</section>\n");
        signatures(html, "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ");
        return end(html);
    }

    static String supplementRequest(SupplementRequestForm form) {
        String you = Html.escape(form.applicant().salutation());
        StringBuilder html = begin(form.formNumber(), form.title(), form.code(), form.issuingUnit(), form.issuedAt());
        html.append("<p>Hồ sơ của: ").append(whose(form.applicant())).append("</p>\n")
                .append("<p>Nội dung yêu cầu giải quyết: <b>").append(Html.escape(form.procedure().name())).append("</b> (mã thủ tục ")
                .append(Html.escape(form.procedure().code())).append(")</p>\n");
        if (form.receivedAt() != null) {
            html.append("<p>Thời gian nhận hồ sơ: ").append(VietnameseText.timeAndDay(form.receivedAt())).append(".</p>\n");
        }
        html.append("<p>Sau khi xem xét, đề nghị " + you + " bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:</p>\n<ol>\n");
        for (String missing : form.missingDocuments()) {
            html.append("<li>").append(Html.escape(missing)).append("</li>\n");
        }
        html.append("</ol>\n");
        if (form.reason() != null && !form.reason().isBlank()) {
            html.append("<p>Lý do:</p>\n<p class=\"reason\">").append(Html.escape(form.reason())).append("</p>\n");
        }
        html.append("<p>Mọi nội dung cần bổ sung, hoàn thiện đã được nêu đầy đủ trong phiếu này. Thời gian giải quyết hồ sơ")
                .append(" tạm dừng từ ngày ghi trên phiếu đến khi " + you + " nộp đủ hồ sơ bổ sung.</p>\n")
                .append("<p>Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, " + you + " liên hệ ")
                .append(Html.escape(form.issuingUnit().centreName())).append(" để được hướng dẫn.</p>\n");
        signatures(html, null, "NGƯỜI HƯỚNG DẪN");
        return end(html);
    }

    static String refusal(RefusalForm form) {
        String you = Html.escape(form.applicant().salutation());
        StringBuilder html = begin(form.formNumber(), form.title(), form.code(), form.issuingUnit(), form.issuedAt());
        String centre = Html.escape(form.issuingUnit().centreName());
        html.append("<p>").append(centre).append(" đã nhận hồ sơ của: ").append(whose(form.applicant()))
                .append("</p>\n")
                .append("<p>Nội dung yêu cầu giải quyết: <b>").append(Html.escape(form.procedure().name())).append("</b> (mã thủ tục ")
                .append(Html.escape(form.procedure().code())).append(")</p>\n");
        if (form.submittedAt() != null) {
            html.append("<p>Thời gian nộp hồ sơ: ").append(VietnameseText.timeAndDay(form.submittedAt())).append(".</p>\n");
        }
        html.append("<p>Qua xem xét, ").append(centre)
                .append(" thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:</p>\n")
                .append("<p class=\"reason\">").append(Html.escape(form.reason())).append("</p>\n")
                .append("<p>Xin thông báo để " + you + " được biết và thực hiện.</p>\n");
        signatures(html, null, "NGƯỜI TIẾP NHẬN HỒ SƠ");
        return end(html);
    }

    static String apology(ApologyForm form) {
        String you = Html.escape(form.applicant().salutation());
        StringBuilder html = begin(form.formNumber(), form.title(), form.code(), form.issuingUnit(), form.issuedAt());
        String authority = "Ủy ban nhân dân " + Html.escape(VietnameseText.inPhrase(form.issuingUnit().name()));
        html.append("<p>");
        if (form.receivedAt() != null) {
            html.append("Ngày ").append(VietnameseText.day(form.receivedAt().toLocalDate())).append(", ");
        }
        html.append("hồ sơ của ").append(whose(form.applicant())).append(" đã được tiếp nhận để giải quyết.</p>\n")
                .append("<p>Nội dung yêu cầu giải quyết: <b>").append(Html.escape(form.procedure().name())).append("</b> (mã thủ tục ")
                .append(Html.escape(form.procedure().code())).append(")</p>\n");
        if (form.dueAt() != null) {
            html.append("<p>Thời gian hẹn trả kết quả giải quyết hồ sơ: ").append(VietnameseText.timeAndDay(form.dueAt())).append(".</p>\n");
        }
        html.append("<p>Tuy nhiên đến nay, ").append(authority).append(" chưa trả kết quả giải quyết hồ sơ của " + you + ". Lý do:</p>\n")
                .append("<p class=\"reason\">").append(Html.escape(form.reason())).append("</p>\n")
                .append("<p>Sự chậm trễ này đã gây phiền hà cho " + you + ". ").append(authority)
                .append(" xin lỗi " + you + " và sẽ trả kết quả giải quyết hồ sơ cho " + you + " vào: <b>")
                .append(form.newAppointmentAt() == null ? "" : VietnameseText.timeAndDay(form.newAppointmentAt())).append("</b>.</p>\n")
                .append("<p>Xin trân trọng cảm ơn sự hợp tác của " + you + ".</p>\n");
        if (form.late()) {
            // the one-stop rules ask for the apology at least one day before the due date
            html.append("<p class=\"note\">Ghi chú: phiếu này được lập muộn, không trước ngày hẹn trả kết quả ít nhất một ngày.</p>\n");
        }
        signatures(html, null, "ĐẠI DIỆN CƠ QUAN GIẢI QUYẾT");
        return end(html);
    }

    /** "Ông/Bà <b>name</b>", or an organisation by its name, and whoever handed the dossier in for them. */
    private static String whose(FormApplicant applicant) {
        StringBuilder text = new StringBuilder().append(Html.escape(applicant.salutation())).append(" <b>")
                .append(Html.escape(applicant.name())).append("</b>");
        if (applicant.representative() != null) {
            text.append(" (người nộp thay: Ông/Bà <b>").append(Html.escape(applicant.representative().fullName()))
                    .append("</b>, ").append(Html.escape(applicant.representative().capacityText())).append(")");
        }
        return text.toString();
    }

    private static StringBuilder begin(String number, String title, String code, FormUnit unit, OffsetDateTime issuedAt) {
        StringBuilder html = new StringBuilder(24_576);
        html.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(number)).append(" - ").append(Html.escape(title)).append(" - ")
                .append(Html.escape(code)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<article>\n")
                .append("<div class=\"form-number\">").append(Html.escape(number)).append("</div>\n")
                .append("<table class=\"heading\"><tr>\n<td class=\"issuer\"><div>ỦY BAN NHÂN DÂN<br>")
                .append(Html.escape(unit.name().toUpperCase(VietnameseText.VIETNAMESE))).append("</div>\n")
                .append("<div class=\"strong\">TRUNG TÂM PHỤC VỤ<br>HÀNH CHÍNH CÔNG</div>\n<div class=\"rule\"></div></td>\n")
                .append("<td class=\"state\"><div class=\"strong\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>\n")
                .append("<div class=\"strong\">Độc lập - Tự do - Hạnh phúc</div>\n<div class=\"rule\"></div>\n")
                .append("<div class=\"place-date\">").append(Html.escape(VietnameseText.placeName(unit.name()))).append(", ")
                .append(VietnameseText.longDate(issuedAt.toLocalDate())).append("</div></td>\n</tr></table>\n")
                .append("<h1>").append(Html.escape(title)).append("</h1>\n")
                .append("<p class=\"code\">Mã hồ sơ: <b>").append(Html.escape(code)).append("</b></p>\n");
        return html;
    }

    private static void signatures(StringBuilder html, String left, String right) {
        html.append("<table class=\"signatures\"><tr>\n<td>");
        if (left != null) {
            html.append("<b>").append(left).append("</b><br><i>(Ký và ghi rõ họ tên)</i>");
        }
        html.append("</td>\n<td><b>").append(right).append("</b><br><i>(Ký và ghi rõ họ tên)</i></td>\n</tr></table>\n");
    }

    private static String end(StringBuilder html) {
        return html.append("</article>\n</body>\n</html>\n").toString();
    }
}
