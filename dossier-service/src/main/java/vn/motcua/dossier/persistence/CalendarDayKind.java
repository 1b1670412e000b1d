package vn.motcua.dossier.persistence;

/** What a stored calendar day is. */
public enum CalendarDayKind {
    HOLIDAY,
    MAKE_UP_WORKING_DAY
}
