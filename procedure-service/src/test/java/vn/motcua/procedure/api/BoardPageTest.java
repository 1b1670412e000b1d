package vn.motcua.procedure.api;

import org.junit.jupiter.api.Test;
import vn.motcua.procedure.application.Board;
import vn.motcua.platform.testing.QrDecoding;
import vn.motcua.procedure.domain.Level;
import vn.motcua.procedure.domain.OnlineServiceLevel;
import vn.motcua.procedure.domain.UnitKind;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The printable board, rendered from a board drawn up by hand. */
class BoardPageTest {

    private static final Instant MORNING = Instant.parse("2025-07-09T01:15:00Z");

    @Test
    void printsEachFieldAsANumberedSectionOfCardsWithTheirQrCodes() {
        Board board = new Board("16906", "Xã Lượng Minh", UnitKind.COMMUNE, Level.COMMUNE,
                "Trung tâm Phục vụ hành chính công xã Lượng Minh", MORNING, List.of(
                new Board.Field("chung-thuc", "Chứng thực", List.of(entry("2.000884", "Chứng thực chữ ký", OnlineServiceLevel.NONE))),
                new Board.Field("tu-phap-ho-tich", "Tư pháp - Hộ tịch", List.of(
                        entry("1.001193", "Đăng ký khai sinh", OnlineServiceLevel.FULL),
                        entry("1.000656", "Đăng ký khai tử", OnlineServiceLevel.PARTIAL)))));

        String html = BoardPage.render(board);

        assertThat(html).contains("<h2>I. Chứng thực (1 thủ tục)</h2>", "<h2>II. Tư pháp - Hộ tịch (2 thủ tục)</h2>",
                "<h3>1. Chứng thực chữ ký</h3>", "<h3>2. Đăng ký khai sinh</h3>", "<h3>3. Đăng ký khai tử</h3>",
                "Dịch vụ công trực tuyến toàn trình", "Dịch vụ công trực tuyến một phần",
                "<b>Phí, lệ phí:</b> 20.000 đồng (nộp trực tiếp); 10.000 đồng (nộp trực tuyến)",
                "https://dichvucong.nghean.example/<wbr>thu-tuc/<wbr>1.001193",
                "<span>Gồm 3 thủ tục hành chính cấp xã</span>",
                // 01:15 UTC is 08:15 in the province
                "<span>Cập nhật ngày 09/07/2025 lúc 08:15</span>");
        Matcher qr = Pattern.compile("<svg .*?</svg>").matcher(html);
        List<String> decoded = qr.results().map(found -> QrDecoding.decodeSvg(found.group()).getText()).toList();
        assertThat(decoded).containsExactly("https://dichvucong.nghean.example/thu-tuc/2.000884",
                "https://dichvucong.nghean.example/thu-tuc/1.001193", "https://dichvucong.nghean.example/thu-tuc/1.000656");
    }

    @Test
    void escapesTheCentreAndFieldNamesToo() {
        Board board = new Board("16906", "Xã <b>", UnitKind.COMMUNE, Level.COMMUNE, "Trung tâm <i>x</i>", MORNING, List.of(
                new Board.Field("la", "Lĩnh vực <img src=x>", List.of(entry("1.000001", "Tên \"lạ\" & <mới>", OnlineServiceLevel.NONE)))));

        String html = BoardPage.render(board);

        assertThat(html).contains("<title>Danh mục thủ tục hành chính - Trung tâm &lt;i&gt;x&lt;/i&gt;</title>",
                "Lĩnh vực &lt;img src=x&gt;", "Tên &quot;lạ&quot; &amp; &lt;mới&gt;");
        assertThat(html).doesNotContain("<i>", "<img", "<mới>");
    }

    @Test
    void anEmptyBoardSaysSo() {
        Board board = new Board("16906", "Xã Lượng Minh", UnitKind.COMMUNE, Level.COMMUNE,
                "Trung tâm Phục vụ hành chính công xã Lượng Minh", MORNING, List.of());

        assertThat(BoardPage.render(board)).contains("Chưa có thủ tục hành chính nào được công bố.", "Gồm 0 thủ tục")
                .doesNotContain("<svg");
    }

    @Test
    void numbersFieldHeadingsInRomanNumerals() {
        assertThat(BoardPage.roman(1)).isEqualTo("I");
        assertThat(BoardPage.roman(4)).isEqualTo("IV");
        assertThat(BoardPage.roman(9)).isEqualTo("IX");
        assertThat(BoardPage.roman(14)).isEqualTo("XIV");
        assertThat(BoardPage.roman(49)).isEqualTo("XLIX");
    }

    private static Board.Entry entry(String code, String name, OnlineServiceLevel online) {
        return new Board.Entry(code, name, "5 ngày làm việc", List.of("20.000 đồng (nộp trực tiếp)", "10.000 đồng (nộp trực tuyến)"),
                online, "https://dichvucong.nghean.example/thu-tuc/" + code);
    }
}
