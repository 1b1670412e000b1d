package vn.motcua.platform.events;

/** How a resolved dossier compares with its due date, by local date (DOMAIN.md, "Counting time"). */
public enum Timeliness {
    EARLY,
    ON_TIME,
    LATE
}
