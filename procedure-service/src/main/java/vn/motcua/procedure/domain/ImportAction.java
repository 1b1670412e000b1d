package vn.motcua.procedure.domain;

/** What an import does, or would do, with one row of its file. */
public enum ImportAction {
    /** The code is new: the row becomes version 1. */
    CREATED,
    /** The code exists and the row differs from it: the row becomes its next version. */
    UPDATED,
    /** The code exists and the row says what it says already: nothing is written or published. */
    UNCHANGED,
    /** The row breaks a rule; the import writes nothing at all. */
    INVALID
}
