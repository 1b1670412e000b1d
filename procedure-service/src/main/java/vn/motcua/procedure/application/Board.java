package vn.motcua.procedure.application;

import vn.motcua.procedure.domain.Level;
import vn.motcua.procedure.domain.OnlineServiceLevel;
import vn.motcua.procedure.domain.UnitKind;

import java.time.Instant;
import java.util.List;

/**
 * The public board of a unit's Public Administrative Service Centre: the active procedures of the
 * unit's level, grouped by field, each with what a citizen reads on the wall before scanning its QR code.
 *
 * @param centreName  "Trung tâm Phục vụ hành chính công xã Lượng Minh", as the board's header says it
 * @param generatedAt when the board was drawn up from the catalogue
 * @param fields      by field name, then procedure name, in Vietnamese alphabetical order
 */
public record Board(String unitCode, String unitName, UnitKind unitKind, Level level, String centreName, Instant generatedAt,
                    List<Field> fields) {

    public Board {
        fields = List.copyOf(fields);
    }

    /** How many procedures the board shows. */
    public int procedureCount() {
        return fields.stream().mapToInt(field -> field.procedures().size()).sum();
    }

    /** One field (lĩnh vực) of the board with its procedures. */
    public record Field(String code, String name, List<Entry> procedures) {

        public Field {
            procedures = List.copyOf(procedures);
        }
    }

    /**
     * One procedure on the board.
     *
     * @param processingTime the processing time as the board prints it, such as "5 ngày làm việc"
     * @param fees           each fee as the board prints it; "Miễn phí" alone when the procedure is free,
     *                       "Chưa cập nhật" alone when its fees are not entered yet
     * @param publicUrl      the procedure's public page, which its QR code encodes
     */
    public record Entry(String code, String name, String processingTime, List<String> fees,
                        OnlineServiceLevel onlineServiceLevel, String publicUrl) {

        public Entry {
            fees = List.copyOf(fees);
        }
    }
}
