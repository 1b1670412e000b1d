package vn.motcua.procedure.application;

import vn.motcua.platform.events.ProcedureSnapshot;

import java.time.Instant;

/** One version of a procedure, as it was published. */
public record ProcedureVersion(long version, String change, Instant changedAt, ProcedureSnapshot snapshot) {
}
