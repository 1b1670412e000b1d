package vn.motcua.dossier.application;

/** What the historical import did with a row. */
public enum HistoricalImportAction {
    /** A new dossier, with its history and events. */
    IMPORTED,
    /** The same row was imported before: nothing written, nothing published. */
    UNCHANGED,
    /** The row breaks a rule: nothing written for it. */
    INVALID
}
