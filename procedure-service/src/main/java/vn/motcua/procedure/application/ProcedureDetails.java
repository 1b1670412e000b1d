package vn.motcua.procedure.application;

import vn.motcua.procedure.domain.ProcedureContent;
import vn.motcua.procedure.domain.ProcedureStatus;

import java.time.Instant;

/** A procedure as the catalogue holds it now, with the name of its field. */
public record ProcedureDetails(String code, long version, ProcedureStatus status, ProcedureContent content,
                               String fieldName, Instant updatedAt) {
}
