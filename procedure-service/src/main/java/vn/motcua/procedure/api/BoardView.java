package vn.motcua.procedure.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.procedure.application.Board;
import vn.motcua.procedure.domain.Level;
import vn.motcua.procedure.domain.OnlineServiceLevel;
import vn.motcua.procedure.domain.UnitKind;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The public board of a unit as JSON, for portals that lay it out themselves. */
@Schema(description = "The active procedures a unit's centre handles, grouped by field", example = """
        {"unit": {"code": "16906", "name": "Xã Lượng Minh", "kind": "COMMUNE"}, "level": "COMMUNE",
         "centreName": "Trung tâm Phục vụ hành chính công xã Lượng Minh",
         "generatedAt": "2025-07-09T08:15:00+07:00", "procedureCount": 1,
         "fields": [{"fieldCode": "tu-phap-ho-tich", "fieldName": "Tư pháp - Hộ tịch", "procedures": [
           {"code": "1.001193", "name": "Đăng ký khai sinh",
            "processingTime": "Trong ngày (nhận sau 15:00 trả trong ngày làm việc tiếp theo)",
            "fees": ["Miễn phí: Miễn lệ phí khi đăng ký đúng hạn"], "onlineServiceLevel": "FULL",
            "publicUrl": "https://dichvucong.nghean.gov.vn/thu-tuc/1.001193",
            "qrCodeUrl": "/api/v1/procedures/1.001193/qr"}]}]}""")
public record BoardView(
        UnitRef unit,
        @Schema(description = "The level whose procedures the unit handles") Level level,
        @Schema(description = "The centre's name, as the printed board's header shows it") String centreName,
        OffsetDateTime generatedAt,
        int procedureCount,
        @Schema(description = "By field name, then procedure name, in Vietnamese alphabetical order") List<FieldGroup> fields) {

    /** The unit the board belongs to. */
    public record UnitRef(String code, String name, UnitKind kind) {
    }

    /** A field with its procedures. */
    public record FieldGroup(String fieldCode, String fieldName, List<Item> procedures) {
    }

    /** A procedure as the board shows it. */
    public record Item(
            String code,
            String name,
            @Schema(description = "The processing time in Vietnamese, as printed") String processingTime,
            @Schema(description = "Each fee in Vietnamese, as printed; [\"Miễn phí\"] when it is free,"
                    + " [\"Chưa cập nhật\"] when its fees are not entered yet") List<String> fees,
            OnlineServiceLevel onlineServiceLevel,
            @Schema(description = "The procedure's public page, which its QR code encodes") String publicUrl,
            @Schema(description = "Its QR code, PNG or SVG by Accept") String qrCodeUrl) {
    }

    static BoardView of(Board board) {
        return new BoardView(new UnitRef(board.unitCode(), board.unitName(), board.unitKind()), board.level(), board.centreName(),
                board.generatedAt().truncatedTo(ChronoUnit.SECONDS).atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime(),
                board.procedureCount(),
                board.fields().stream().map(field -> new FieldGroup(field.code(), field.name(),
                        field.procedures().stream().map(BoardView::item).toList())).toList());
    }

    private static Item item(Board.Entry entry) {
        return new Item(entry.code(), entry.name(), entry.processingTime(), entry.fees(), entry.onlineServiceLevel(),
                entry.publicUrl(), ProcedureQrResource.pathOf(entry.code()));
    }
}
