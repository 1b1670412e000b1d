package vn.motcua.procedure.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.procedure.domain.Level;
import vn.motcua.procedure.domain.UnitKind;
import vn.motcua.procedure.persistence.UnitEntity;

import java.time.OffsetDateTime;

/** An administrative unit: the province or one of its communes. */
@Schema(example = """
        {"code": "16906", "name": "Xã Lượng Minh", "kind": "COMMUNE", "level": "COMMUNE",
         "agencyCode": "000.16.906.H40", "status": "ACTIVE", "version": 1, "updatedAt": "2025-07-01T08:00:00+07:00"}""")
public record UnitView(String code, String name, UnitKind kind, Level level, String agencyCode, String status, long version,
                       OffsetDateTime updatedAt) {

    static UnitView of(UnitEntity unit) {
        return new UnitView(unit.code, unit.name, unit.kind, unit.kind.level(), unit.agencyCode, unit.status, unit.version(),
                unit.updatedAt.atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime());
    }
}
