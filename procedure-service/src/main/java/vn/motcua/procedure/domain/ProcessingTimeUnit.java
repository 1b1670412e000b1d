package vn.motcua.procedure.domain;

/** How a legal processing time is counted (DOMAIN.md, "Counting time"). */
public enum ProcessingTimeUnit {
    WORKING_DAYS,
    WORKING_HOURS,
    SAME_DAY
}
