package vn.motcua.procedure.application;

import org.junit.jupiter.api.Test;
import vn.motcua.procedure.domain.UnitKind;
import vn.motcua.procedure.persistence.UnitEntity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A board reads in the order and the wording a Vietnamese reader expects. */
class BoardOrderTest {

    @Test
    void namesSortInVietnameseAlphabeticalOrder() {
        List<String> names = new ArrayList<>(List.of("Tư pháp - Hộ tịch", "Đất đai", "Đăng ký khai sinh", "Dân số", "Chứng thực",
                "Cấp bản sao", "Bảo trợ xã hội", "Ăn uống", "An toàn", "Ấn phẩm", "Đăng ký kết hôn"));
        names.sort(BoardService.vietnameseOrder());
        // ă and â follow a, đ follows d, and "kết" comes before "khai" (e before h)
        assertThat(names).containsExactly("An toàn", "Ăn uống", "Ấn phẩm", "Bảo trợ xã hội", "Cấp bản sao", "Chứng thực",
                "Dân số", "Đăng ký kết hôn", "Đăng ký khai sinh", "Đất đai", "Tư pháp - Hộ tịch");
    }

    @Test
    void composedAndDecomposedNamesSortAlike() {
        String decomposed = Normalizer.normalize("Đăng ký khai sinh", Normalizer.Form.NFD);
        assertThat(BoardService.vietnameseOrder().compare(decomposed, "Đăng ký khai sinh")).isZero();
    }

    @Test
    void theCentreIsNamedWithTheUnitKindInLowerCase() {
        assertThat(BoardService.centreName(unit("Xã Lượng Minh", UnitKind.COMMUNE)))
                .isEqualTo("Trung tâm Phục vụ hành chính công xã Lượng Minh");
        assertThat(BoardService.centreName(unit("Phường Trường Vinh", UnitKind.WARD)))
                .isEqualTo("Trung tâm Phục vụ hành chính công phường Trường Vinh");
        assertThat(BoardService.centreName(unit("Tỉnh Nghệ An", UnitKind.PROVINCE)))
                .isEqualTo("Trung tâm Phục vụ hành chính công tỉnh Nghệ An");
        assertThat(BoardService.centreName(unit("Đặc khu Cồn Cỏ", UnitKind.SPECIAL_ZONE)))
                .isEqualTo("Trung tâm Phục vụ hành chính công đặc khu Cồn Cỏ");
        assertThat(BoardService.centreName(unit("Lượng Minh", UnitKind.COMMUNE)))
                .isEqualTo("Trung tâm Phục vụ hành chính công Lượng Minh");
    }

    private static UnitEntity unit(String name, UnitKind kind) {
        UnitEntity unit = new UnitEntity();
        unit.name = name;
        unit.kind = kind;
        return unit;
    }
}
