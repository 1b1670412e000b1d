package vn.motcua.dossier.domain.deadline;

/** How a procedure's processing time (thời hạn giải quyết) is counted; the names match the catalogue's events. */
public enum ProcessingTimeUnit {
    /** N working days after the day the clock starts, due at the end of working hours. */
    WORKING_DAYS,
    /** N hours of working time after the clock starts. */
    WORKING_HOURS,
    /** The end of the working day, or of the next one when received at or after the cut-off. */
    SAME_DAY
}
