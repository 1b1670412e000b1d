package vn.motcua.procedure.domain;

/** Whether a procedure is in force. A withdrawn one stays in the catalogue's history but takes no new dossiers. */
public enum ProcedureStatus {
    ACTIVE,
    WITHDRAWN
}
