package vn.motcua.procedure.api;

import vn.motcua.platform.events.ProcedureSnapshot;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.procedure.application.ProcedureVersion;

import java.time.OffsetDateTime;

/** One version in a procedure's history: what changed, when, and the procedure as it was then. */
public record ProcedureVersionView(long version, String change, OffsetDateTime changedAt, ProcedureSnapshot procedure) {

    static ProcedureVersionView of(ProcedureVersion version) {
        return new ProcedureVersionView(version.version(), version.change(),
                version.changedAt().atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime(), version.snapshot());
    }
}
