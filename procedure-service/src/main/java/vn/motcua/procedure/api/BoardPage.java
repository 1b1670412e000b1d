package vn.motcua.procedure.api;

import vn.motcua.platform.printing.Html;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.procedure.application.Board;
import vn.motcua.platform.printing.QrCodes;
import vn.motcua.procedure.domain.Level;
import vn.motcua.procedure.domain.OnlineServiceLevel;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The public board as a printable A4 page: the centre's name, then one section per field with a grid of
 * cards, each with the procedure's QR code (inline SVG, so it prints sharp at any size), its name, its
 * processing time and its fees. Every catalogue text is escaped: names are typed by people.
 */
final class BoardPage {

    static final String MEDIA_TYPE = "text/html;charset=UTF-8";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern SINGLE_SLASH = Pattern.compile("(?<!/)/(?!/)");
    private static final String[] ROMAN_TENS = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    private static final String[] ROMAN_UNITS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};

    // A4 is 210 mm wide; with 10 mm margins three cards of about 60 mm fit a row and a QR code of 32 mm
    // stays readable from an arm's length. Cards and headings never split across pages.
    private static final String STYLE = """
            @page { size: A4 portrait; margin: 12mm 10mm 14mm 10mm; }
            * { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { margin: 0 auto; max-width: 190mm; color: #000; background: #fff; line-height: 1.3;
                   font-family: "Times New Roman", "Noto Serif", "DejaVu Serif", serif; font-size: 10.5pt; }
            header { text-align: center; border-bottom: 0.6mm solid #000; padding-bottom: 3mm; margin-bottom: 4mm; }
            header .centre { font-size: 12pt; font-weight: bold; text-transform: uppercase; }
            header h1 { font-size: 16pt; margin: 2mm 0 1mm; text-transform: uppercase; }
            header .hint { font-style: italic; font-size: 10pt; }
            section { margin-bottom: 3mm; }
            h2 { font-size: 12.5pt; margin: 3mm 0 2mm; padding: 1mm 2mm; background: #e6e6e6;
                 break-after: avoid; page-break-after: avoid; }
            .cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; }
            .card { border: 0.3mm solid #444; border-radius: 2mm; padding: 2.5mm; display: flex; flex-direction: column;
                    align-items: center; break-inside: avoid; page-break-inside: avoid; }
            .card .qr svg { display: block; width: 32mm; height: 32mm; }
            .card .code { font-size: 8.5pt; margin-top: 0.5mm; }
            .card h3 { font-size: 11pt; margin: 1mm 0 1.5mm; text-align: center; }
            .card p { margin: 0.5mm 0; width: 100%; font-size: 9.5pt; }
            .card .url { font-size: 7.5pt; color: #333; overflow-wrap: anywhere; text-align: center; margin-top: auto; padding-top: 1mm; }
            .empty { text-align: center; font-style: italic; margin: 10mm 0; }
            footer { margin-top: 5mm; border-top: 0.3mm solid #000; padding-top: 2mm; font-size: 9pt;
                     display: flex; justify-content: space-between; }
            @media screen { body { padding: 8mm; } }
            """;

    private BoardPage() {
    }

    static String render(Board board) {
        String centre = Html.escape(board.centreName());
        ZonedDateTime generated = board.generatedAt().atZone(ClockProducer.PROVINCE_ZONE);
        StringBuilder html = new StringBuilder(16_384 + board.procedureCount() * 8_192);
        html.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Danh mục thủ tục hành chính - ").append(centre).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<header>\n<div class=\"centre\">").append(centre).append("</div>\n")
                .append("<h1>Danh mục thủ tục hành chính</h1>\n")
                .append("<div class=\"hint\">Quét mã QR để xem thành phần hồ sơ, trình tự thực hiện, thời hạn giải quyết")
                .append(" và phí, lệ phí của từng thủ tục</div>\n</header>\n<main>\n");
        if (board.fields().isEmpty()) {
            html.append("<p class=\"empty\">Chưa có thủ tục hành chính nào được công bố.</p>\n");
        }
        int number = 0;
        for (int f = 0; f < board.fields().size(); f++) {
            Board.Field field = board.fields().get(f);
            html.append("<section>\n<h2>").append(roman(f + 1)).append(". ").append(Html.escape(field.name()))
                    .append(" (").append(field.procedures().size()).append(" thủ tục)</h2>\n<div class=\"cards\">\n");
            for (Board.Entry entry : field.procedures()) {
                number++;
                card(html, number, entry);
            }
            html.append("</div>\n</section>\n");
        }
        html.append("</main>\n<footer>\n<span>Gồm ").append(board.procedureCount()).append(" thủ tục hành chính ")
                .append(levelName(board.level())).append("</span>\n<span>Cập nhật ngày ").append(DATE.format(generated))
                .append(" lúc ").append(TIME.format(generated)).append("</span>\n</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void card(StringBuilder html, int number, Board.Entry entry) {
        String code = Html.escape(entry.code());
        html.append("<article class=\"card\">\n<div class=\"qr\" role=\"img\" aria-label=\"Mã QR thủ tục ").append(code).append("\">")
                .append(QrCodes.svg(entry.publicUrl(), QrCodes.DEFAULT_SIZE)).append("</div>\n")
                .append("<div class=\"code\">Mã thủ tục: ").append(code).append("</div>\n")
                .append("<h3>").append(number).append(". ").append(Html.escape(entry.name())).append("</h3>\n")
                .append("<p><b>Thời hạn giải quyết:</b> ").append(Html.escape(entry.processingTime())).append("</p>\n")
                .append("<p><b>Phí, lệ phí:</b> ").append(Html.escape(String.join("; ", entry.fees()))).append("</p>\n");
        String online = onlineName(entry.onlineServiceLevel());
        if (online != null) {
            html.append("<p>").append(online).append("</p>\n");
        }
        // a long address wraps at its slashes rather than inside the procedure code
        html.append("<div class=\"url\">").append(SINGLE_SLASH.matcher(Html.escape(entry.publicUrl())).replaceAll("/<wbr>"))
                .append("</div>\n</article>\n");
    }

    private static String levelName(Level level) {
        return level == Level.PROVINCE ? "cấp tỉnh" : "cấp xã";
    }

    /** Said only when the procedure can be done online: a card has no room for a "no". */
    private static String onlineName(OnlineServiceLevel level) {
        if (level == OnlineServiceLevel.FULL) {
            return "Dịch vụ công trực tuyến toàn trình";
        }
        if (level == OnlineServiceLevel.PARTIAL) {
            return "Dịch vụ công trực tuyến một phần";
        }
        return null;
    }

    /** Field headings are numbered I, II, III as Vietnamese administrative lists are. */
    static String roman(int number) {
        if (number < 1 || number > 99) {
            return Integer.toString(number);
        }
        return ROMAN_TENS[number / 10] + ROMAN_UNITS[number % 10];
    }
}
