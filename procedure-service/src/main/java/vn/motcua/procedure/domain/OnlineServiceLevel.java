package vn.motcua.procedure.domain;

/** How far a procedure can be done online (dịch vụ công trực tuyến). */
public enum OnlineServiceLevel {
    /** Submitted, paid and received entirely online. */
    FULL,
    /** Partly online: some steps need the counter. */
    PARTIAL,
    /** Only at the counter or by post. */
    NONE
}
