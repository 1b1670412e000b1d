package vn.motcua.dossier.application;

/** Whether a year's calendar is the province's stored one or only the service's proposal. */
public enum CalendarStatus {
    /** Stored (seeded or written by a province admin): the data due dates use. */
    STORED,
    /** Not stored: proposed from the law and the lunar calendar, used for due dates until someone stores the year. */
    PROPOSED
}
