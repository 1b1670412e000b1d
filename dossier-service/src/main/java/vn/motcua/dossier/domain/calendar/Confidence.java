package vn.motcua.dossier.domain.calendar;

/**
 * How sure the calendar is of a day: the government announces holidays and swaps year by year, so a
 * seed or a proposal may be a best guess that a province admin should confirm.
 */
public enum Confidence {
    /** Fixed by law or announced by the government. */
    CERTAIN,
    /** Very likely, e.g. a compensatory day the law implies. */
    HIGH,
    /** A sensible default that the government may decide otherwise. */
    MEDIUM,
    /** A guess to be checked. */
    LOW
}
